package dev.switchboard.adapter.persistence;

/** {@link ChannelRepositoryContract} on H2. */
class H2ChannelRepositoryTest extends ChannelRepositoryContract {
  @Override
  protected Backend openBackend() {
    return JdbiBackend.h2();
  }
}
