package dev.switchboard.domain.connection;

import java.util.Objects;
import java.util.UUID;

/** A configured provider account of one organization. */
public record ConnectionId(UUID value) {
  public ConnectionId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
