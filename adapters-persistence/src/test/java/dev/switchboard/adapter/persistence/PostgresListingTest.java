package dev.switchboard.adapter.persistence;

/** {@link ListingContract} on Jdbi on a fresh database of the embedded PostgreSQL server. */
class PostgresListingTest extends ListingContract {
  @Override
  protected Backend openBackend() {
    return JdbiBackend.embeddedPostgres();
  }
}
