package dev.switchboard.domain.webhook;

import java.util.Objects;
import java.util.UUID;

/** A webhook subscription. */
public record WebhookId(UUID value) {
  public WebhookId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
