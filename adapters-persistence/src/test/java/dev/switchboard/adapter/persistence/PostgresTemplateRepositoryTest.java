package dev.switchboard.adapter.persistence;

/** {@link TemplateRepositoryContract} on Jdbi on a fresh database of the embedded PostgreSQL server. */
class PostgresTemplateRepositoryTest extends TemplateRepositoryContract {
  @Override
  protected Backend openBackend() {
    return JdbiBackend.embeddedPostgres();
  }
}
