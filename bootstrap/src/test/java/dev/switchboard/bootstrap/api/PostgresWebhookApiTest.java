package dev.switchboard.bootstrap.api;

import dev.switchboard.adapter.http.contract.WebhookContract;
import dev.switchboard.adapter.http.testing.Backend;
import dev.switchboard.adapter.persistence.testing.TestDatabase;
import dev.switchboard.bootstrap.DatabaseBackends;

class PostgresWebhookApiTest extends WebhookContract {
  @Override
  protected Backend createBackend() {
    return DatabaseBackends.on(TestDatabase.embeddedPostgres());
  }
}
