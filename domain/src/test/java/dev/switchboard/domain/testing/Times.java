package dev.switchboard.domain.testing;

import java.time.Duration;
import java.time.Instant;

/** Fixed instants for tests: {@link #NOW} and readable offsets from it. */
public final class Times {

  /** "Now" in every test that does not say otherwise. */
  public static final Instant NOW = Instant.parse("2025-03-10T09:00:00Z");

  /** When the shared fixtures were created: a week before {@link #NOW}. */
  public static final Instant CREATED = NOW.minus(Duration.ofDays(7));

  private Times() {}

  public static Instant hoursAgo(long hours) {
    return NOW.minus(Duration.ofHours(hours));
  }

  public static Instant hoursLater(long hours) {
    return NOW.plus(Duration.ofHours(hours));
  }

  public static Instant minutesLater(long minutes) {
    return NOW.plus(Duration.ofMinutes(minutes));
  }
}
