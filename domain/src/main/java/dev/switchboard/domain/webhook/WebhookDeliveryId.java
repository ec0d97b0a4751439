package dev.switchboard.domain.webhook;

import java.util.Objects;
import java.util.UUID;

/** One delivery of one event to one subscription: the webhook log entry, and the payload's {@code data.id}. */
public record WebhookDeliveryId(UUID value) {
  public WebhookDeliveryId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
