package dev.switchboard.bootstrap;

import dev.switchboard.adapter.channel.sandbox.SandboxSettings;
import dev.switchboard.adapter.persistence.JdbiPersistence;
import dev.switchboard.adapter.persistence.PersistenceConfig;
import dev.switchboard.application.port.in.ProvisionUseCase;
import dev.switchboard.application.service.DeliveryPolicy;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The server's whole configuration, read once at start into typed slices; each adapter receives only its own.
 * The README's configuration table lists every setting.
 */
record AppConfig(
    int port,
    int maxRequestBytes,
    PersistenceConfig database,
    Duration apiKeyCache,
    ProvisionUseCase.Command provisioning,
    SandboxSettings sandbox,
    DeliveryPolicy delivery,
    boolean deliveryWorker,
    Duration pollInterval,
    Duration shutdownTimeout,
    ChannelsConfig channels,
    WebhookSettings webhooks) {

  static AppConfig from(Settings settings) {
    Path dataDirectory = Path.of(settings.text("SWITCHBOARD_DATA_DIR", "./data"));
    PersistenceConfig database = settings.text("SWITCHBOARD_DB_URL")
        .map(url -> {
          try {
            return PersistenceConfig.of(
                url, settings.text("SWITCHBOARD_DB_USER", ""), settings.text("SWITCHBOARD_DB_PASSWORD", ""));
          } catch (IllegalArgumentException e) {
            throw new ConfigurationException("SWITCHBOARD_DB_URL: " + e.getMessage());
          }
        })
        .orElseGet(() -> PersistenceConfig.h2File(dataDirectory))
        .withMaxPoolSize(settings.integer("SWITCHBOARD_DB_POOL_SIZE", PersistenceConfig.DEFAULT_MAX_POOL_SIZE, 1, 500));
    DeliveryPolicy defaults = DeliveryPolicy.DEFAULT;
    DeliveryPolicy delivery = new DeliveryPolicy(
        defaults.batchSize(),
        settings.duration("SWITCHBOARD_DELIVERY_LEASE", defaults.lease()),
        settings.integer("SWITCHBOARD_DELIVERY_MAX_ATTEMPTS", defaults.maxAttempts(), 1, 100),
        settings.duration("SWITCHBOARD_DELIVERY_FIRST_RETRY", defaults.firstRetryDelay()),
        settings.duration("SWITCHBOARD_DELIVERY_MAX_RETRY", defaults.maxRetryDelay()));
    SandboxSettings sandbox = new SandboxSettings(
        settings.duration("SWITCHBOARD_SANDBOX_SENT_DELAY", SandboxSettings.DEFAULT.sentDelay()),
        settings.duration("SWITCHBOARD_SANDBOX_DELIVERED_DELAY", SandboxSettings.DEFAULT.deliveredDelay()),
        settings.optionalDuration("SWITCHBOARD_SANDBOX_READ_DELAY"));
    return new AppConfig(
        settings.integer("SWITCHBOARD_PORT", 8080, 0, 65535),
        settings.integer("SWITCHBOARD_MAX_REQUEST_BYTES", 1024 * 1024, 1024, 64 * 1024 * 1024),
        database,
        Duration.ofSeconds(settings.integer(
            "SWITCHBOARD_API_KEY_CACHE_SECONDS", (int) JdbiPersistence.DEFAULT_API_KEY_CACHE.toSeconds(), 0, 300)),
        provisioning(settings),
        sandbox,
        delivery,
        settings.flag("SWITCHBOARD_DELIVERY_WORKER", true),
        settings.duration("SWITCHBOARD_DELIVERY_POLL_INTERVAL", Duration.ofMillis(200)),
        settings.duration("SWITCHBOARD_SHUTDOWN_TIMEOUT", Duration.ofSeconds(20)),
        ChannelsConfig.from(settings, database, dataDirectory),
        WebhookSettings.from(settings));
  }

  /** Configured keys are checked here, so a weak one stops the start with a message naming the setting. */
  private static ProvisionUseCase.Command provisioning(Settings settings) {
    try {
      return new ProvisionUseCase.Command(
          settings.text("SWITCHBOARD_API_KEY"), settings.text("SWITCHBOARD_MANAGEMENT_KEY"));
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(e.getMessage());
    }
  }
}
