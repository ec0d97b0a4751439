package dev.switchboard.adapter.persistence;

/** {@link MessageRepositoryContract} on the in-memory adapters (the reference). */
class InMemoryMessageRepositoryTest extends MessageRepositoryContract {
  @Override
  protected Backend openBackend() {
    return Backend.inMemory();
  }
}
