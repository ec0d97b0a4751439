package dev.switchboard.adapter.http.inmemory;

import dev.switchboard.adapter.http.contract.WebhookContract;
import dev.switchboard.adapter.http.testing.Backend;
import dev.switchboard.adapter.http.testing.InMemoryBackend;

class InMemoryWebhookTest extends WebhookContract {
  @Override
  protected Backend createBackend() {
    return InMemoryBackend.create();
  }
}
