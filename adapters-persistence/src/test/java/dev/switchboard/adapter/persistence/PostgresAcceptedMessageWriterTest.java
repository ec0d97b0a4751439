package dev.switchboard.adapter.persistence;

/** {@link AcceptedMessageWriterContract} on PostgreSQL. */
class PostgresAcceptedMessageWriterTest extends JdbiAcceptedMessageWriterContract {
  @Override
  protected Backend openBackend() {
    return JdbiBackend.embeddedPostgres();
  }
}
