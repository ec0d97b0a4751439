package dev.switchboard.adapter.http.inmemory;

import dev.switchboard.adapter.http.contract.MessageContract;
import dev.switchboard.adapter.http.testing.Backend;
import dev.switchboard.adapter.http.testing.InMemoryBackend;

class InMemoryMessageTest extends MessageContract {
  @Override
  protected Backend createBackend() {
    return InMemoryBackend.create();
  }
}
