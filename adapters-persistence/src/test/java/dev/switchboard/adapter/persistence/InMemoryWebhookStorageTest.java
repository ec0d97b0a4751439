package dev.switchboard.adapter.persistence;

/** {@link WebhookStorageContract} on the in-memory adapters (the reference). */
class InMemoryWebhookStorageTest extends WebhookStorageContract {
  @Override
  protected Backend openBackend() {
    return Backend.inMemory();
  }
}
