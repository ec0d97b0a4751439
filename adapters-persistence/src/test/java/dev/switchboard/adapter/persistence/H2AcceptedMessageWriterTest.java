package dev.switchboard.adapter.persistence;

/** {@link AcceptedMessageWriterContract} on H2. */
class H2AcceptedMessageWriterTest extends JdbiAcceptedMessageWriterContract {
  @Override
  protected Backend openBackend() {
    return JdbiBackend.h2();
  }
}
