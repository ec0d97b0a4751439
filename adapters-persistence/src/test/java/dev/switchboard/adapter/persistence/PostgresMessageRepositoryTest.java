package dev.switchboard.adapter.persistence;

/** {@link MessageRepositoryContract} on Jdbi on a fresh database of the embedded PostgreSQL server. */
class PostgresMessageRepositoryTest extends MessageRepositoryContract {
  @Override
  protected Backend openBackend() {
    return JdbiBackend.embeddedPostgres();
  }
}
