package dev.switchboard.adapter.http.inmemory;

import dev.switchboard.adapter.http.contract.TenantIsolationContract;
import dev.switchboard.adapter.http.testing.Backend;
import dev.switchboard.adapter.http.testing.InMemoryBackend;

class InMemoryTenantIsolationTest extends TenantIsolationContract {
  @Override
  protected Backend createBackend() {
    return InMemoryBackend.create();
  }
}
