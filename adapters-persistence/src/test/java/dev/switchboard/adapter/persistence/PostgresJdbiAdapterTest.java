package dev.switchboard.adapter.persistence;

/** {@link JdbiAdapterContract} on Postgres. */
class PostgresJdbiAdapterTest extends JdbiAdapterContract {
  @Override
  protected Backend openBackend() {
    return JdbiBackend.embeddedPostgres();
  }
}
