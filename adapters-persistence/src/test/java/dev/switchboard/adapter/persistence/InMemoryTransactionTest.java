package dev.switchboard.adapter.persistence;

/** {@link TransactionContract} on the in-memory adapters (the reference). */
class InMemoryTransactionTest extends TransactionContract {
  @Override
  protected Backend openBackend() {
    return Backend.inMemory();
  }
}
