package dev.switchboard.adapter.persistence;

/** {@link ListingContract} on the in-memory adapters (the reference). */
class InMemoryListingTest extends ListingContract {
  @Override
  protected Backend openBackend() {
    return Backend.inMemory();
  }
}
