package dev.switchboard.adapter.http.inmemory;

import dev.switchboard.adapter.http.contract.MalformedInputContract;
import dev.switchboard.adapter.http.testing.Backend;
import dev.switchboard.adapter.http.testing.InMemoryBackend;

class InMemoryMalformedInputTest extends MalformedInputContract {
  @Override
  protected Backend createBackend() {
    return InMemoryBackend.create();
  }
}
