package dev.switchboard.application.service;

import dev.switchboard.domain.connection.ConnectionId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spaces the sends of each channel at least {@code 1 / rate} apart (a token bucket of one token: the generic cell
 * rate algorithm without burst). Thread-safe: the workers of one node share it. Time comes from the caller, so tests
 * control it.
 */
final class SendRateLimiter {

  private final long spacingNanos;
  /** Per channel, the earliest instant (nanoseconds since the epoch) at which its next send may go. */
  private final Map<ConnectionId, Long> nextFree = new ConcurrentHashMap<>();

  SendRateLimiter(SendRateLimit limit) {
    this.spacingNanos = limit.nanosBetweenSends();
  }

  /** Takes a send slot for the channel now, or says how long until the next one frees up (taking nothing). */
  Optional<Duration> tryAcquire(ConnectionId channel, Instant now) {
    long nowNanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
    long[] wait = {0};
    nextFree.compute(channel, (id, next) -> {
      long free = next == null ? nowNanos : next;
      if (free > nowNanos) {
        wait[0] = free - nowNanos;
        return next;
      }
      return nowNanos + spacingNanos;
    });
    return wait[0] == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(wait[0]));
  }
}
