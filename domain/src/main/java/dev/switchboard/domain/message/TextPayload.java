package dev.switchboard.domain.message;

import java.util.Objects;

/** {@code {"type":"text","text":{"value":"..."}}}. */
public record TextPayload(String value) implements MessagePayload {
  public TextPayload {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a text message needs some text");
    }
  }

  @Override
  public String type() {
    return "text";
  }
}
