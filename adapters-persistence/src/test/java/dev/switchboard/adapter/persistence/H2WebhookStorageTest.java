package dev.switchboard.adapter.persistence;

/** {@link WebhookStorageContract} on Jdbi on a fresh in-memory H2 database. */
class H2WebhookStorageTest extends WebhookStorageContract {
  @Override
  protected Backend openBackend() {
    return JdbiBackend.h2();
  }
}
