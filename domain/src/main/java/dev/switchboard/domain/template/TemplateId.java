package dev.switchboard.domain.template;

import java.util.Objects;
import java.util.UUID;

/** A message template. */
public record TemplateId(UUID value) {
  public TemplateId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
