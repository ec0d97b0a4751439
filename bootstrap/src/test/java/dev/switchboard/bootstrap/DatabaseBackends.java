package dev.switchboard.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import dev.switchboard.adapter.http.testing.Backend;
import dev.switchboard.adapter.http.testing.BackendStorage;
import dev.switchboard.adapter.http.testing.CoreBackend;
import dev.switchboard.adapter.persistence.DataSources;
import dev.switchboard.adapter.persistence.JdbiPersistence;
import dev.switchboard.adapter.persistence.testing.TestDatabase;

/**
 * The HTTP contract suites' backend over a real database, wired as the server wires itself (with a fake provider,
 * so the suites control delivery).
 */
public final class DatabaseBackends {

  private DatabaseBackends() {}

  public static Backend on(TestDatabase database) {
    HikariDataSource pool = DataSources.hikari(database.config().withMaxPoolSize(8));
    try {
      JdbiPersistence persistence = JdbiPersistence.create(pool);
      BackendStorage storage = new BackendStorage(
          persistence.threads(),
          persistence.messages(),
          persistence.templates(),
          persistence.deliveryQueue(),
          persistence.events(),
          persistence.outbox(),
          persistence.channels(),
          persistence.organizations(),
          persistence.apiKeys(),
          persistence.idempotency(),
          persistence.organizationData(),
          persistence.webhooks(),
          persistence.webhookDeliveries(),
          persistence.transactions(),
          persistence.acceptedMessages());
      return CoreBackend.over(storage, Server::useCases, Server.databaseReachable(pool), () -> {
        pool.close();
        database.close();
      });
    } catch (RuntimeException e) {
      pool.close();
      database.close();
      throw e;
    }
  }
}
