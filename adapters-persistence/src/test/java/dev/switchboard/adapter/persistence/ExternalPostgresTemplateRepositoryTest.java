package dev.switchboard.adapter.persistence;

/** {@link TemplateRepositoryContract} on Jdbi on the PostgreSQL server SWITCHBOARD_TEST_POSTGRES_URL names; skipped when it is unset. */
class ExternalPostgresTemplateRepositoryTest extends TemplateRepositoryContract {
  @Override
  protected Backend openBackend() {
    return JdbiBackend.externalPostgres();
  }
}
