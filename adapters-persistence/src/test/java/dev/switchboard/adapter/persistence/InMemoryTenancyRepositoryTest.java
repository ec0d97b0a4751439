package dev.switchboard.adapter.persistence;

/** The tenancy contract on the in-memory adapters: the reference the database adapters must match. */
class InMemoryTenancyRepositoryTest extends TenancyRepositoryContract {
  @Override
  protected TenancyBackend newBackend() {
    return TenancyBackend.inMemory();
  }
}
