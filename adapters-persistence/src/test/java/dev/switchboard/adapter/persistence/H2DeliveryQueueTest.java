package dev.switchboard.adapter.persistence;

/** {@link DeliveryQueueContract} on Jdbi on a fresh in-memory H2 database. */
class H2DeliveryQueueTest extends DeliveryQueueContract {
  @Override
  protected Backend openBackend() {
    return JdbiBackend.h2();
  }
}
