package dev.switchboard.adapter.persistence;

/** {@link ThreadRepositoryContract} on the in-memory adapters (the reference). */
class InMemoryThreadRepositoryTest extends ThreadRepositoryContract {
  @Override
  protected Backend openBackend() {
    return Backend.inMemory();
  }
}
