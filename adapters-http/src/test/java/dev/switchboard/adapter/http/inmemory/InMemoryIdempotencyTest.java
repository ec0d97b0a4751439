package dev.switchboard.adapter.http.inmemory;

import dev.switchboard.adapter.http.contract.IdempotencyContract;
import dev.switchboard.adapter.http.testing.Backend;
import dev.switchboard.adapter.http.testing.InMemoryBackend;

class InMemoryIdempotencyTest extends IdempotencyContract {
  @Override
  protected Backend createBackend() {
    return InMemoryBackend.create();
  }
}
