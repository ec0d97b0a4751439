package dev.switchboard.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import dev.switchboard.adapter.channel.ProviderSettings;
import dev.switchboard.adapter.http.HttpApi;
import dev.switchboard.adapter.http.HttpConfig;
import dev.switchboard.adapter.http.PublicBaseUrl;
import dev.switchboard.adapter.http.ReadinessCheck;
import dev.switchboard.adapter.http.UseCases;
import dev.switchboard.adapter.http.webhook.HttpWebhookSender;
import dev.switchboard.adapter.persistence.DataSources;
import dev.switchboard.adapter.persistence.JdbiPersistence;
import dev.switchboard.application.id.UuidV7IdSource;
import dev.switchboard.application.port.in.ProvisionUseCase;
import dev.switchboard.application.secret.SecureRandomSecretGenerator;
import dev.switchboard.application.service.ChannelCore;
import dev.switchboard.application.service.MessagingCore;
import dev.switchboard.application.service.TenancyCore;
import dev.switchboard.application.service.TenancyPorts;
import dev.switchboard.application.service.WebhookPorts;
import dev.switchboard.application.service.WebhooksCore;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.PrintStream;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;

/**
 * The standalone server: the messaging core over the configured database, the HTTP API, and the background
 * workers (message delivery, idempotency purge, webhook fan-out and sending). {@link #start} provisions the first organization and keys; {@link #close} stops taking requests, lets
 * the ones in flight finish, stops the workers and closes the pool.
 */
public final class Server implements AutoCloseable {

  private static final Duration IDEMPOTENCY_PURGE_INTERVAL = Duration.ofHours(1);

  private final HikariDataSource dataSource;
  private final Switchboard switchboard;
  private final PollingWorker idempotencyPurge;
  private final HttpApi http;
  private final WebhookWorkers webhookWorkers;

  private Server(
      HikariDataSource dataSource,
      Switchboard switchboard,
      PollingWorker idempotencyPurge,
      HttpApi http,
      WebhookWorkers webhookWorkers) {
    this.dataSource = dataSource;
    this.switchboard = switchboard;
    this.idempotencyPurge = idempotencyPurge;
    this.http = http;
    this.webhookWorkers = webhookWorkers;
  }

  /**
   * Starts everything. Keys generated on this start are printed to {@code console} once; configured keys never are.
   */
  public static Server start(AppConfig config, PrintStream console) {
    HikariDataSource dataSource = DataSources.hikari(config.database());
    try {
      InstantSource clock = InstantSource.system();
      UuidV7IdSource ids = UuidV7IdSource.system();
      JdbiPersistence persistence = JdbiPersistence.create(
          dataSource, ids, CredentialsKeys.resolve(config.channels(), config.database()), config.apiKeyCache());
      Switchboard switchboard = Switchboard.builder()
          .storage(Storage.jdbc(persistence))
          .clock(clock)
          .ids(ids)
          .sandbox(config.sandbox())
          .channelRegistry(providerSettings(config), config.channels().sendRate())
          .deliveryWorkers(config.channels().deliveryWorkers())
          .deliveryPolicy(config.delivery())
          .pollInterval(config.pollInterval())
          .build();
      ChannelCore channels = switchboard.channels().orElseThrow();
      TenancyCore tenancy = TenancyCore.create(
          new TenancyPorts(
              persistence.organizations(),
              persistence.apiKeys(),
              persistence.idempotency(),
              persistence.organizationData(),
              SecureRandomSecretGenerator.system(),
              persistence.transactions(),
              clock,
              ids),
          channels.organizationSetup());
      announce(tenancy.provision().provision(config.provisioning()), console);
      // The webhook sender renders channels as the API does (their callbackUrl); the API fills this in on start.
      PublicBaseUrl publicBaseUrl = PublicBaseUrl.unbound();
      WebhooksCore webhooks = WebhooksCore.create(
          new WebhookPorts(
              persistence.webhooks(),
              persistence.webhookDeliveries(),
              persistence.outbox(),
              persistence.organizations(),
              new HttpWebhookSender(config.webhooks().sender(), clock, publicBaseUrl),
              persistence.transactions(),
              clock,
              ids),
          config.webhooks().policy());
      HttpApi http = HttpApi.create(
          new HttpConfig(
              config.port(), config.maxRequestBytes(), config.shutdownTimeout(), config.channels().publicUrl()),
          useCases(switchboard.useCases(), tenancy, channels, webhooks),
          databaseReachable(dataSource),
          new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
          publicBaseUrl);
      PollingWorker idempotencyPurge = new PollingWorker(
          "idempotency-purge", () -> {
            tenancy.purgeIdempotencyKeys().purgeExpired();
            return 0;
          },
          IDEMPOTENCY_PURGE_INTERVAL);
      WebhookWorkers webhookWorkers = new WebhookWorkers(
          webhooks, config.webhooks().pollInterval(), config.webhooks().policy().batchSize());
      Server server = new Server(dataSource, switchboard, idempotencyPurge, http, webhookWorkers);
      http.start();
      if (config.deliveryWorker()) {
        switchboard.start();
      }
      idempotencyPurge.start();
      if (config.webhooks().worker()) {
        webhookWorkers.start();
      }
      return server;
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  /**
   * Twilio is told to post status callbacks to the public URL; on port 0 without a configured public URL the port is
   * not known yet, so no StatusCallback is sent (Twilio then uses the number's own webhook setting).
   */
  private static ProviderSettings providerSettings(AppConfig config) {
    Optional<URI> publicUrl = config.channels().publicUrl()
        .or(() -> config.port() == 0 ? Optional.empty() : Optional.of(URI.create("http://localhost:" + config.port())));
    return publicUrl.map(ProviderSettings.DEFAULT::withPublicBaseUrl).orElse(ProviderSettings.DEFAULT);
  }

  public int port() {
    return http.port();
  }

  @Override
  public void close() {
    http.stop();
    idempotencyPurge.stop();
    webhookWorkers.stop();
    switchboard.close();
    dataSource.close();
  }

  /** The driving ports the HTTP adapter calls, taken from the cores. */
  static UseCases useCases(MessagingCore core, TenancyCore tenancy, ChannelCore channels, WebhooksCore webhooks) {
    return new UseCases(
        new UseCases.Threads(
            core.createThread(), core.getThread(), core.listThreads(), core.updateThread(), core.deleteThread()),
        new UseCases.Messages(
            core.sendMessage(), core.getMessage(), core.listMessages(), core.updateMessage(), core.deleteMessage()),
        new UseCases.Templates(core.createTemplate(), core.getTemplate(), core.listTemplates(), core.deleteTemplate()),
        new UseCases.Organizations(
            tenancy.createOrganization(),
            tenancy.getOrganization(),
            tenancy.listOrganizations(),
            tenancy.updateOrganization(),
            tenancy.deleteOrganization(),
            tenancy.rotateOrganizationKey()),
        tenancy.authenticate(),
        tenancy.idempotency(),
        new UseCases.Channels(
            channels.createChannel(),
            channels.getChannel(),
            channels.listChannels(),
            channels.updateChannel(),
            channels.deleteChannel()),
        channels.handleProviderCallback(),
        new UseCases.Webhooks(
            webhooks.createWebhook(),
            webhooks.getWebhook(),
            webhooks.listWebhooks(),
            webhooks.updateWebhook(),
            webhooks.deleteWebhook(),
            webhooks.getWebhookLog(),
            webhooks.listWebhookLogs(),
            webhooks.redeliverWebhook()));
  }

  static ReadinessCheck databaseReachable(HikariDataSource dataSource) {
    return () -> {
      try (Connection connection = dataSource.getConnection()) {
        return connection.isValid(2);
      } catch (SQLException e) {
        return false;
      }
    };
  }

  private static void announce(ProvisionUseCase.Result provisioned, PrintStream console) {
    provisioned.createdOrganization().ifPresent(organization -> console.println(
        "Created organization '" + organization.name() + "' (" + organization.id() + ")"));
    print(console, "Organization API key", provisioned.generatedOrganizationKey());
    print(console, "Management key", provisioned.generatedManagementKey());
  }

  private static void print(PrintStream console, String what, Optional<String> generatedKey) {
    generatedKey.ifPresent(key -> console.println(
        what + " (shown once, store it now): " + key));
  }
}
