package dev.switchboard.adapter.persistence;

/** {@link DeliveryQueueContract} on the in-memory adapters (the reference). */
class InMemoryDeliveryQueueTest extends DeliveryQueueContract {
  @Override
  protected Backend openBackend() {
    return Backend.inMemory();
  }
}
