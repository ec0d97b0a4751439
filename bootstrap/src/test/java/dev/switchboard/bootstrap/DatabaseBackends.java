package dev.switchboard.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import dev.switchboard.adapter.http.PublicBaseUrl;
import dev.switchboard.adapter.http.testing.Backend;
import dev.switchboard.adapter.http.testing.BackgroundWork;
import dev.switchboard.adapter.http.testing.InMemoryBackend;
import dev.switchboard.adapter.persistence.DataSources;
import dev.switchboard.adapter.persistence.JdbiPersistence;
import dev.switchboard.adapter.persistence.testing.TestDatabase;
import dev.switchboard.application.id.UuidV7IdSource;
import dev.switchboard.application.secret.SecureRandomSecretGenerator;
import dev.switchboard.application.service.DeliveryPolicy;
import dev.switchboard.application.service.ChannelCore;
import dev.switchboard.application.service.MessagingCore;
import dev.switchboard.application.service.SendRateLimit;
import dev.switchboard.application.testing.FakeProviderClient;
import dev.switchboard.application.service.Ports;
import dev.switchboard.application.service.TenancyCore;
import dev.switchboard.application.service.TenancyPorts;
import dev.switchboard.application.service.WebhookPorts;
import dev.switchboard.application.service.WebhooksCore;
import dev.switchboard.application.testing.FakeChannelGateway;
import dev.switchboard.application.testing.FixedRandom;
import java.time.InstantSource;

/**
 * The HTTP contract suites' backend over a real database, wired as the server wires itself (with a fake provider,
 * so the suites control delivery).
 */
public final class DatabaseBackends {

  private DatabaseBackends() {}

  public static Backend on(TestDatabase database) {
    HikariDataSource pool = DataSources.hikari(database.config().withMaxPoolSize(8));
    try {
      InstantSource clock = InstantSource.system();
      UuidV7IdSource ids = UuidV7IdSource.system();
      JdbiPersistence persistence = JdbiPersistence.create(pool, ids);
      Ports ports = new Ports(
          persistence.threads(),
          persistence.messages(),
          persistence.templates(),
          persistence.deliveryQueue(),
          persistence.events(),
          persistence.transactions(),
          clock,
          ids);
      MessagingCore messaging =
          MessagingCore.create(ports, new FakeChannelGateway(), DeliveryPolicy.DEFAULT, FixedRandom.of(0.0));
      ChannelCore channels = ChannelCore.create(
          ports, persistence.channels(), new FakeProviderClient(new FakeChannelGateway()), SendRateLimit.DEFAULT);
      TenancyCore tenancy = TenancyCore.create(new TenancyPorts(
          persistence.organizations(),
          persistence.apiKeys(),
          persistence.idempotency(),
          persistence.organizationData(),
          SecureRandomSecretGenerator.system(),
          persistence.transactions(),
          clock,
          ids), channels.organizationSetup());
      PublicBaseUrl publicBaseUrl = PublicBaseUrl.unbound();
      WebhooksCore webhooks = WebhooksCore.create(
          new WebhookPorts(
              persistence.webhooks(),
              persistence.webhookDeliveries(),
              persistence.outbox(),
              persistence.organizations(),
              InMemoryBackend.loopbackSender(publicBaseUrl),
              persistence.transactions(),
              clock,
              ids),
          BackgroundWork.POLICY);
      return new Backend(
          Server.useCases(messaging, tenancy, channels, webhooks),
          Server.databaseReachable(pool),
          tenancy.provision(),
          messaging.recordInboundMessage(),
          () -> {
            pool.close();
            database.close();
          },
          InMemoryBackend.work(messaging, webhooks),
          publicBaseUrl);
    } catch (RuntimeException e) {
      pool.close();
      database.close();
      throw e;
    }
  }
}
