package dev.switchboard.application.port.out;

import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.webhook.ResourceRef;
import java.util.List;
import java.util.Objects;

/**
 * The reading side of the transactional outbox that {@link EventSink} writes: events in the order they were
 * recorded, each handed out until it is marked processed. Several nodes may read at once; an event another
 * reader holds is skipped, never handed out twice.
 */
public interface ChangeEventOutbox {

  /**
   * An event as fan-out matches it to webhooks: its position in the outbox (positions grow in recording order) and
   * what changed how, without the resource's state, which the outbox keeps for the webhook sender.
   */
  record RecordedEvent(
      long sequence,
      OrganizationId organizationId,
      ChangeEvent.Kind kind,
      ResourceRef resource,
      List<String> changedFields) {
    public RecordedEvent {
      Objects.requireNonNull(organizationId, "organizationId");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(resource, "resource");
      changedFields = List.copyOf(changedFields);
    }

    public static RecordedEvent of(long sequence, ChangeEvent event) {
      return new RecordedEvent(
          sequence, event.organizationId(), event.kind(), event.resource().ref(), event.changedFields());
    }
  }

  /**
   * Up to {@code max} unprocessed events, oldest first, held (locked) until the surrounding transaction ends; call
   * it inside {@link TransactionBoundary#inTransaction} and {@link #markProcessed} them in the same transaction.
   */
  List<RecordedEvent> claimUnprocessed(int max);

  /**
   * Of the oldest {@code max} unprocessed events (those no other reader holds), removes the ones whose organization
   * has no webhook at all, and says how many it removed; the others stay held until the surrounding transaction ends.
   * Fan-out calls it before {@link #claimUnprocessed}, so that events nobody can want are dropped where they are
   * stored instead of being read, matched and discarded one by one.
   */
  int discardUnwatched(int max);

  void markProcessed(List<RecordedEvent> events);

  /**
   * Removes claimed events that no webhook wants: like {@link #markProcessed} they are never handed out again, and
   * nothing else reads them, so the outbox need not keep them.
   */
  void discard(List<RecordedEvent> events);
}
