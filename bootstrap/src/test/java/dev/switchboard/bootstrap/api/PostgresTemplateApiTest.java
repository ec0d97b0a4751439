package dev.switchboard.bootstrap.api;

import dev.switchboard.adapter.http.contract.TemplateContract;
import dev.switchboard.adapter.http.testing.Backend;
import dev.switchboard.adapter.persistence.testing.TestDatabase;
import dev.switchboard.bootstrap.DatabaseBackends;

class PostgresTemplateApiTest extends TemplateContract {
  @Override
  protected Backend createBackend() {
    return DatabaseBackends.on(TestDatabase.embeddedPostgres());
  }
}
