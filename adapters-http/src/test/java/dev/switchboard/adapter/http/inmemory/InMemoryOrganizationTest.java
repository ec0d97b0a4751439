package dev.switchboard.adapter.http.inmemory;

import dev.switchboard.adapter.http.contract.OrganizationContract;
import dev.switchboard.adapter.http.testing.Backend;
import dev.switchboard.adapter.http.testing.InMemoryBackend;

class InMemoryOrganizationTest extends OrganizationContract {
  @Override
  protected Backend createBackend() {
    return InMemoryBackend.create();
  }
}
