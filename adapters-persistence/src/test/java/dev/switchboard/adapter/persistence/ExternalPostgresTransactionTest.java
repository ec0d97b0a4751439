package dev.switchboard.adapter.persistence;

/** {@link TransactionContract} on Jdbi on the PostgreSQL server SWITCHBOARD_TEST_POSTGRES_URL names; skipped when it is unset. */
class ExternalPostgresTransactionTest extends TransactionContract {
  @Override
  protected Backend openBackend() {
    return JdbiBackend.externalPostgres();
  }
}
