package dev.switchboard.adapter.http.inmemory;

import dev.switchboard.adapter.http.contract.ChannelContract;
import dev.switchboard.adapter.http.testing.Backend;
import dev.switchboard.adapter.http.testing.InMemoryBackend;

class InMemoryChannelTest extends ChannelContract {
  @Override
  protected Backend createBackend() {
    return InMemoryBackend.create();
  }
}
