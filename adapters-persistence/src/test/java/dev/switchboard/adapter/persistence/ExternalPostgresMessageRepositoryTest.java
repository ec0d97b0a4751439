package dev.switchboard.adapter.persistence;

/** {@link MessageRepositoryContract} on Jdbi on the PostgreSQL server SWITCHBOARD_TEST_POSTGRES_URL names; skipped when it is unset. */
class ExternalPostgresMessageRepositoryTest extends MessageRepositoryContract {
  @Override
  protected Backend openBackend() {
    return JdbiBackend.externalPostgres();
  }
}
