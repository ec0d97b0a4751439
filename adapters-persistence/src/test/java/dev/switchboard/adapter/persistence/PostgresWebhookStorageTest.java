package dev.switchboard.adapter.persistence;

/** {@link WebhookStorageContract} on Jdbi on a fresh database of the embedded PostgreSQL server. */
class PostgresWebhookStorageTest extends WebhookStorageContract {
  @Override
  protected Backend openBackend() {
    return JdbiBackend.embeddedPostgres();
  }
}
