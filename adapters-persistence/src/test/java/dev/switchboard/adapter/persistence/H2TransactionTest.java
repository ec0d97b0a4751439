package dev.switchboard.adapter.persistence;

/** {@link TransactionContract} on Jdbi on a fresh in-memory H2 database. */
class H2TransactionTest extends TransactionContract {
  @Override
  protected Backend openBackend() {
    return JdbiBackend.h2();
  }
}
