package dev.switchboard.domain.message;

import java.util.Objects;
import java.util.UUID;

/** A message. */
public record MessageId(UUID value) {
  public MessageId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
