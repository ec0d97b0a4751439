package dev.switchboard.domain.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How long to wait before each retry of a webhook that was not delivered. The default makes 5 retries after the
 * first attempt, spread over about 24 hours, as Recrubo documents: 30 s, 5 min, 30 min, 2 h, 21 h.
 */
public record RetrySchedule(List<Duration> delays) {

  public static final RetrySchedule DEFAULT = new RetrySchedule(List.of(
      Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(21)));

  public RetrySchedule {
    delays = List.copyOf(delays);
    if (delays.stream().anyMatch(delay -> delay.isNegative())) {
      throw new IllegalArgumentException("retry delays cannot be negative");
    }
  }

  /** The wait after {@code failedAttempts} failed attempts; empty when the schedule is used up. */
  public Optional<Duration> delayAfter(int failedAttempts) {
    int retry = failedAttempts - 1;
    return retry >= 0 && retry < delays.size() ? Optional.of(delays.get(retry)) : Optional.empty();
  }
}
