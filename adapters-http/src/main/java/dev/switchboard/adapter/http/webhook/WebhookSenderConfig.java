package dev.switchboard.adapter.http.webhook;

import java.time.Duration;
import java.util.Objects;

/**
 * The outbound webhook client's settings: how long to wait for a connection and for the answer, how much of the
 * answer to keep, and whether targets on loopback, link-local and private addresses are allowed (for tests and for
 * deployments whose receivers live on a private network).
 */
public record WebhookSenderConfig(
    Duration connectTimeout, Duration readTimeout, int maxResponseBytes, boolean allowPrivateTargets) {

  public static final WebhookSenderConfig DEFAULT =
      new WebhookSenderConfig(Duration.ofSeconds(5), Duration.ofSeconds(10), 2048, false);

  public WebhookSenderConfig {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
      throw new IllegalArgumentException("webhook timeouts must be positive");
    }
    if (maxResponseBytes < 0) {
      throw new IllegalArgumentException("maxResponseBytes cannot be negative");
    }
  }

  public WebhookSenderConfig allowingPrivateTargets(boolean allow) {
    return new WebhookSenderConfig(connectTimeout, readTimeout, maxResponseBytes, allow);
  }
}
