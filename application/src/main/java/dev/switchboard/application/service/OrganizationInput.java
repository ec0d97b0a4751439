package dev.switchboard.application.service;

import dev.switchboard.domain.Validated;
import dev.switchboard.domain.Violation;
import dev.switchboard.domain.organization.OrganizationRules;
import java.net.URI;
import java.util.Optional;

/** Checks the optional webhook attributes of a create or update command; the first violation wins. */
final class OrganizationInput {

  private OrganizationInput() {}

  static Optional<Violation> checkWebhook(Optional<URI> url, Optional<String> secret) {
    if (url.isPresent() && OrganizationRules.webhookUrl(url.get()) instanceof Validated.Invalid<URI> invalid) {
      return Optional.of(invalid.violation());
    }
    if (secret.isPresent() && OrganizationRules.webhookSecret(secret.get()) instanceof Validated.Invalid<String> invalid) {
      return Optional.of(invalid.violation());
    }
    return Optional.empty();
  }
}
