package dev.switchboard.domain;

import java.util.Objects;

/**
 * Why input was refused: a stable machine-readable {@code code} (for example {@code outside_service_window}) and a
 * sentence a person can act on.
 */
public record Violation(String code, String reason) {
  public Violation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(reason, "reason");
  }
}
