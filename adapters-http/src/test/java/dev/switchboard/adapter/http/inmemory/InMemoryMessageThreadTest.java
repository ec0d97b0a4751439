package dev.switchboard.adapter.http.inmemory;

import dev.switchboard.adapter.http.contract.MessageThreadContract;
import dev.switchboard.adapter.http.testing.Backend;
import dev.switchboard.adapter.http.testing.InMemoryBackend;

class InMemoryMessageThreadTest extends MessageThreadContract {
  @Override
  protected Backend createBackend() {
    return InMemoryBackend.create();
  }
}
