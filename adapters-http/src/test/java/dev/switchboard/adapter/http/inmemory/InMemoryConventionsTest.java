package dev.switchboard.adapter.http.inmemory;

import dev.switchboard.adapter.http.contract.ConventionsContract;
import dev.switchboard.adapter.http.testing.Backend;
import dev.switchboard.adapter.http.testing.InMemoryBackend;

class InMemoryConventionsTest extends ConventionsContract {
  @Override
  protected Backend createBackend() {
    return InMemoryBackend.create();
  }
}
