package dev.switchboard.application.port.in;

/** What a delete did: removed the resource, or found nothing to remove in the caller's organization. */
public sealed interface DeleteResult {
  record Deleted() implements DeleteResult {}

  record NotFound() implements DeleteResult {}

  DeleteResult DELETED = new Deleted();
  DeleteResult NOT_FOUND = new NotFound();
}
