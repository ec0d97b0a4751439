package dev.switchboard.adapter.persistence;

/** {@link JdbiThreadRepositoryContract} on Jdbi on a fresh database of the embedded PostgreSQL server. */
class PostgresThreadRepositoryTest extends JdbiThreadRepositoryContract {
  @Override
  protected Backend openBackend() {
    return JdbiBackend.embeddedPostgres();
  }
}
