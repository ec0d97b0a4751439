package dev.switchboard.adapter.http.inmemory;

import dev.switchboard.adapter.http.contract.OperationsContract;
import dev.switchboard.adapter.http.testing.Backend;
import dev.switchboard.adapter.http.testing.InMemoryBackend;

class InMemoryOperationsTest extends OperationsContract {
  @Override
  protected Backend createBackend() {
    return InMemoryBackend.create();
  }
}
