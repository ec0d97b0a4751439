package dev.switchboard.adapter.persistence;

/** {@link JdbiThreadRepositoryContract} on Jdbi on the PostgreSQL server SWITCHBOARD_TEST_POSTGRES_URL names; skipped when it is unset. */
class ExternalPostgresThreadRepositoryTest extends JdbiThreadRepositoryContract {
  @Override
  protected Backend openBackend() {
    return JdbiBackend.externalPostgres();
  }
}
