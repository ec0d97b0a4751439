package dev.switchboard.adapter.persistence;

/** {@link ChannelRepositoryContract} on Postgres. */
class PostgresChannelRepositoryTest extends ChannelRepositoryContract {
  @Override
  protected Backend openBackend() {
    return JdbiBackend.embeddedPostgres();
  }
}
