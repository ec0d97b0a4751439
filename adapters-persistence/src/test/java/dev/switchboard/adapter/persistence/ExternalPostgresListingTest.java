package dev.switchboard.adapter.persistence;

/** {@link ListingContract} on Jdbi on the PostgreSQL server SWITCHBOARD_TEST_POSTGRES_URL names; skipped when it is unset. */
class ExternalPostgresListingTest extends ListingContract {
  @Override
  protected Backend openBackend() {
    return JdbiBackend.externalPostgres();
  }
}
