package dev.switchboard.bootstrap.api;

import dev.switchboard.adapter.http.contract.OperationsContract;
import dev.switchboard.adapter.http.testing.Backend;
import dev.switchboard.adapter.persistence.testing.TestDatabase;
import dev.switchboard.bootstrap.DatabaseBackends;

class H2OperationsApiTest extends OperationsContract {
  @Override
  protected Backend createBackend() {
    return DatabaseBackends.on(TestDatabase.h2());
  }
}
