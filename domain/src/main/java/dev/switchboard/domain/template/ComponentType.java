package dev.switchboard.domain.template;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The parts of a template, as WhatsApp defines them. */
public enum ComponentType {
  HEADER,
  BODY,
  FOOTER;

  /** Accepts {@code BODY} (how templates are created) and {@code body} (how a send refers to it). */
  public static Optional<ComponentType> parse(String name) {
    return Arrays.stream(values()).filter(type -> type.name().equals(name.toUpperCase(Locale.ROOT))).findFirst();
  }
}
