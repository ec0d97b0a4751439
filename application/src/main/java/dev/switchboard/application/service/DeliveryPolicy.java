package dev.switchboard.application.service;

import java.time.Duration;
import java.util.Objects;

/**
 * How the dispatcher works the delivery queue: batch size, how long a claimed job is leased to one worker, and how
 * a passing provider failure is retried (exponential backoff from {@code firstRetryDelay}, capped at
 * {@code maxRetryDelay}, with up to 50% random jitter so that many failed messages do not retry in lockstep).
 */
public record DeliveryPolicy(
    int batchSize, Duration lease, int maxAttempts, Duration firstRetryDelay, Duration maxRetryDelay) {

  public static final DeliveryPolicy DEFAULT =
      new DeliveryPolicy(32, Duration.ofMinutes(2), 8, Duration.ofSeconds(2), Duration.ofMinutes(10));

  public DeliveryPolicy {
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(firstRetryDelay, "firstRetryDelay");
    Objects.requireNonNull(maxRetryDelay, "maxRetryDelay");
    if (batchSize < 1 || maxAttempts < 1) {
      throw new IllegalArgumentException("batchSize and maxAttempts must be at least 1");
    }
  }

  /** The delay before attempt {@code attempt + 1}, given a random fraction in [0, 1) for the jitter. */
  Duration backoff(int attempt, double random) {
    long base = firstRetryDelay.toMillis() << Math.min(attempt, 20);
    long capped = Math.min(base, maxRetryDelay.toMillis());
    return Duration.ofMillis(capped / 2 + (long) (capped / 2 * random));
  }
}
