package dev.switchboard.adapter.persistence;

/** {@link AcceptedMessageWriterContract} on the in-memory adapters (the reference). */
class InMemoryAcceptedMessageWriterTest extends AcceptedMessageWriterContract {
  @Override
  protected Backend openBackend() {
    return Backend.inMemory();
  }
}
