package dev.switchboard.adapter.persistence;

/** {@link ChannelRepositoryContract} on InMemory. */
class InMemoryChannelRepositoryTest extends ChannelRepositoryContract {
  @Override
  protected Backend openBackend() {
    return Backend.inMemory();
  }
}
