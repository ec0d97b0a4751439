package dev.switchboard.adapter.channel.sandbox;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the sandbox provider behaves: after accepting a message it reports {@code sent} after {@code sentDelay},
 * {@code delivered} after {@code deliveredDelay} and, when set, {@code read} after {@code readDelay} (each counted
 * from the hand-over).
 */
public record SandboxSettings(Duration sentDelay, Duration deliveredDelay, Optional<Duration> readDelay) {

  public static final SandboxSettings DEFAULT =
      new SandboxSettings(Duration.ofMillis(100), Duration.ofMillis(500), Optional.empty());

  public SandboxSettings {
    Objects.requireNonNull(sentDelay, "sentDelay");
    Objects.requireNonNull(deliveredDelay, "deliveredDelay");
    Objects.requireNonNull(readDelay, "readDelay");
    if (sentDelay.isNegative() || deliveredDelay.isNegative() || readDelay.filter(Duration::isNegative).isPresent()) {
      throw new IllegalArgumentException("sandbox delays cannot be negative");
    }
  }
}
