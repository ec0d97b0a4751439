package dev.switchboard.adapter.persistence;

/** The tenancy contract on the Jdbi adapters over embedded PostgreSQL (a fresh database per test). */
class PostgresTenancyRepositoryIT extends TenancyRepositoryContract {
  @Override
  protected TenancyBackend newBackend() {
    return TenancyBackend.on(JdbiBackend.embeddedPostgres());
  }
}
