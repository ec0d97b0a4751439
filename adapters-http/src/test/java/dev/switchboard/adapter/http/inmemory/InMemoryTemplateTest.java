package dev.switchboard.adapter.http.inmemory;

import dev.switchboard.adapter.http.contract.TemplateContract;
import dev.switchboard.adapter.http.testing.Backend;
import dev.switchboard.adapter.http.testing.InMemoryBackend;

class InMemoryTemplateTest extends TemplateContract {
  @Override
  protected Backend createBackend() {
    return InMemoryBackend.create();
  }
}
