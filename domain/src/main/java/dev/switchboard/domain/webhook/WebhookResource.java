package dev.switchboard.domain.webhook;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of resource a webhook can follow, by their JSON:API type names. */
public enum WebhookResource {
  MESSAGES("messages"),
  MESSAGE_THREADS("messageThreads"),
  MESSAGE_TEMPLATES("messageTemplates"),
  CHANNELS("channels");

  private final String wireName;

  WebhookResource(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<WebhookResource> parse(String wireName) {
    return Arrays.stream(values()).filter(value -> value.wireName.equals(wireName)).findFirst();
  }
}
