package dev.switchboard.adapter.persistence;

/** {@link DeliveryQueueContract} on Jdbi on the PostgreSQL server SWITCHBOARD_TEST_POSTGRES_URL names; skipped when it is unset. */
class ExternalPostgresDeliveryQueueTest extends DeliveryQueueContract {
  @Override
  protected Backend openBackend() {
    return JdbiBackend.externalPostgres();
  }
}
