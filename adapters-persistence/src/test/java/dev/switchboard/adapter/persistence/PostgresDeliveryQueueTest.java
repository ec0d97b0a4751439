package dev.switchboard.adapter.persistence;

/** {@link DeliveryQueueContract} on Jdbi on a fresh database of the embedded PostgreSQL server. */
class PostgresDeliveryQueueTest extends DeliveryQueueContract {
  @Override
  protected Backend openBackend() {
    return JdbiBackend.embeddedPostgres();
  }
}
