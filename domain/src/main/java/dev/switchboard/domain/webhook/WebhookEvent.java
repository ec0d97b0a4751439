package dev.switchboard.domain.webhook;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What happened to a resource, as a webhook names it. */
public enum WebhookEvent {
  CREATE,
  UPDATE,
  DELETE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<WebhookEvent> parse(String wireName) {
    return Arrays.stream(values()).filter(value -> value.wireName().equals(wireName)).findFirst();
  }
}
