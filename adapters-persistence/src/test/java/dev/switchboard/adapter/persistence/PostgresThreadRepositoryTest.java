package dev.switchboard.adapter.persistence;

/** {@link ThreadRepositoryContract} on Jdbi on a fresh database of the embedded PostgreSQL server. */
class PostgresThreadRepositoryTest extends ThreadRepositoryContract {
  @Override
  protected Backend openBackend() {
    return JdbiBackend.embeddedPostgres();
  }
}
