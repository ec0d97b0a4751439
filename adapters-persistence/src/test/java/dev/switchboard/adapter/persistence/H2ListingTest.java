package dev.switchboard.adapter.persistence;

/** {@link ListingContract} on Jdbi on a fresh in-memory H2 database. */
class H2ListingTest extends ListingContract {
  @Override
  protected Backend openBackend() {
    return JdbiBackend.h2();
  }
}
