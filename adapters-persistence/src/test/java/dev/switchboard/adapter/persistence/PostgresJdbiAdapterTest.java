package dev.switchboard.adapter.persistence;

import dev.switchboard.adapter.persistence.testing.TestDatabase;

/** {@link JdbiAdapterContract} on Postgres. */
class PostgresJdbiAdapterTest extends JdbiAdapterContract {
  @Override
  protected Backend openBackend() {
    return JdbiBackend.embeddedPostgres();
  }

  @Override
  protected TestDatabase emptyDatabase() {
    return TestDatabase.embeddedPostgres();
  }
}
