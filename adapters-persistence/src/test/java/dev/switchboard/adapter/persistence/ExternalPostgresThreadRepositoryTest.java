package dev.switchboard.adapter.persistence;

/** {@link ThreadRepositoryContract} on Jdbi on the PostgreSQL server SWITCHBOARD_TEST_POSTGRES_URL names; skipped when it is unset. */
class ExternalPostgresThreadRepositoryTest extends ThreadRepositoryContract {
  @Override
  protected Backend openBackend() {
    return JdbiBackend.externalPostgres();
  }
}
