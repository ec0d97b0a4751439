package dev.switchboard.adapter.persistence;

/** The tenancy contract on the Jdbi adapters over in-memory H2 in PostgreSQL mode. */
class H2TenancyRepositoryIT extends TenancyRepositoryContract {
  @Override
  protected TenancyBackend newBackend() {
    return TenancyBackend.on(JdbiBackend.h2());
  }
}
