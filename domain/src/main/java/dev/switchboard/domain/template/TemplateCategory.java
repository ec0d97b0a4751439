package dev.switchboard.domain.template;

/** WhatsApp's template categories; they decide pricing and approval rules on Meta's side. */
public enum TemplateCategory {
  MARKETING,
  UTILITY,
  AUTHENTICATION
}
