package dev.switchboard.domain.webhook;

import java.util.Objects;
import java.util.UUID;

/** The resource a webhook delivery is about: its kind and id (a thread, message, template or channel id). */
public record ResourceRef(WebhookResource type, UUID id) {
  public ResourceRef {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
  }
}
