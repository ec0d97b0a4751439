package dev.switchboard.domain.thread;

import java.util.Objects;
import java.util.UUID;

/** A message thread. */
public record ThreadId(UUID value) {
  public ThreadId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
