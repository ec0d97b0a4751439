package dev.switchboard.domain.template;

import java.util.Locale;

/** Where a template is in WhatsApp's review. Only {@code approved} templates may be sent on WhatsApp. */
public enum TemplateStatus {
  PENDING,
  APPROVED,
  REJECTED,
  PAUSED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
