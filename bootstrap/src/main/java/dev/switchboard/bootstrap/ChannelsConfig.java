package dev.switchboard.bootstrap;

import dev.switchboard.adapter.persistence.CredentialsCipher;
import dev.switchboard.adapter.persistence.PersistenceConfig;
import dev.switchboard.application.service.SendRateLimit;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The delivery side of the configuration: where providers reach this server, the key that encrypts channel
 * credentials, the per-channel send rate and how many delivery workers run. {@link #toString()} never shows the key.
 *
 * @param publicUrl {@code SWITCHBOARD_PUBLIC_URL}; without it {@code http://localhost:{port}}
 * @param credentialsKey {@code SWITCHBOARD_CREDENTIALS_KEY}, base64 of 32 bytes; checked here, never echoed
 * @param dataDirectory where a generated key is kept for the embedded H2 database
 */
record ChannelsConfig(
    Optional<URI> publicUrl,
    Optional<String> credentialsKey,
    SendRateLimit sendRate,
    int deliveryWorkers,
    Path dataDirectory) {

  static final String PUBLIC_URL = "SWITCHBOARD_PUBLIC_URL";
  static final String CREDENTIALS_KEY = "SWITCHBOARD_CREDENTIALS_KEY";
  static final String SEND_RATE = "SWITCHBOARD_CHANNEL_SEND_RATE";
  static final String DELIVERY_WORKERS = "SWITCHBOARD_DELIVERY_WORKERS";

  ChannelsConfig {
    Objects.requireNonNull(publicUrl, "publicUrl");
    Objects.requireNonNull(credentialsKey, "credentialsKey");
    Objects.requireNonNull(sendRate, "sendRate");
    Objects.requireNonNull(dataDirectory, "dataDirectory");
  }

  static ChannelsConfig from(Settings settings, PersistenceConfig database, Path dataDirectory) {
    Optional<String> key = settings.text(CREDENTIALS_KEY);
    key.ifPresent(configured -> {
      try {
        CredentialsCipher.fromBase64(configured);
      } catch (IllegalArgumentException e) {
        throw new ConfigurationException(CREDENTIALS_KEY + ": " + e.getMessage());
      }
    });
    if (key.isEmpty() && database.jdbcUrl().startsWith("jdbc:postgresql:")) {
      throw new ConfigurationException(CREDENTIALS_KEY + " is required with PostgreSQL: base64 of 32 random bytes"
          + " (for example from `openssl rand -base64 32`), the same on every node; it encrypts channel credentials");
    }
    return new ChannelsConfig(
        settings.text(PUBLIC_URL).map(ChannelsConfig::publicUrl),
        key,
        sendRate(settings),
        settings.integer(DELIVERY_WORKERS, 4, 1, 64),
        dataDirectory);
  }

  private static URI publicUrl(String raw) {
    try {
      URI url = new URI(raw.replaceAll("/+$", ""));
      if (!url.isAbsolute() || url.getHost() == null
          || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
        throw new ConfigurationException(PUBLIC_URL + " must be an absolute http(s) URL, got '" + raw + "'");
      }
      return url;
    } catch (URISyntaxException e) {
      throw new ConfigurationException(PUBLIC_URL + " must be an absolute http(s) URL, got '" + raw + "'");
    }
  }

  private static SendRateLimit sendRate(Settings settings) {
    return settings.text(SEND_RATE).map(raw -> {
      try {
        return new SendRateLimit(Double.parseDouble(raw));
      } catch (IllegalArgumentException e) {
        throw new ConfigurationException(SEND_RATE + " must be a positive number of messages per second, got '"
            + raw + "'");
      }
    }).orElse(SendRateLimit.DEFAULT);
  }

  @Override
  public String toString() {
    return "ChannelsConfig[publicUrl=" + publicUrl + ", credentialsKey="
        + credentialsKey.map(configured -> "<configured>").orElse("<none>") + ", sendRate=" + sendRate
        + ", deliveryWorkers=" + deliveryWorkers + ", dataDirectory=" + dataDirectory + "]";
  }
}
