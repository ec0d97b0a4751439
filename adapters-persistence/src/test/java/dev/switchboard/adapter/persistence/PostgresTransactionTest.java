package dev.switchboard.adapter.persistence;

/** {@link TransactionContract} on Jdbi on a fresh database of the embedded PostgreSQL server. */
class PostgresTransactionTest extends TransactionContract {
  @Override
  protected Backend openBackend() {
    return JdbiBackend.embeddedPostgres();
  }
}
