package dev.switchboard.application.service;

import dev.switchboard.domain.webhook.RetrySchedule;
import java.time.Duration;
import java.util.Objects;

/**
 * How the webhook workers take their work: how many events or deliveries per batch, how long a claimed delivery
 * belongs to one worker (longer than one attempt can take, so that no other node sends it meanwhile), and when
 * undelivered webhooks are retried.
 */
public record WebhookPolicy(int batchSize, Duration lease, RetrySchedule retries) {

  public static final WebhookPolicy DEFAULT = new WebhookPolicy(64, Duration.ofMinutes(2), RetrySchedule.DEFAULT);

  public WebhookPolicy {
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(retries, "retries");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1");
    }
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("lease must be positive");
    }
  }

  public WebhookPolicy withRetries(RetrySchedule schedule) {
    return new WebhookPolicy(batchSize, lease, schedule);
  }
}
