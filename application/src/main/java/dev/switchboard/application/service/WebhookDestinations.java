package dev.switchboard.application.service;

import dev.switchboard.application.port.in.CreateWebhookUseCase;
import dev.switchboard.application.port.out.OrganizationRepository;
import dev.switchboard.domain.Violation;
import dev.switchboard.domain.organization.Organization;
import dev.switchboard.domain.organization.OrganizationId;
import java.net.URI;
import java.util.Optional;

/** Where a webhook posts: its own URL, else its organization's. Shared by the settings checks and the sender. */
final class WebhookDestinations {

  private WebhookDestinations() {}

  /** A webhook without a URL of its own needs the organization to have one. */
  static Optional<Violation> missing(OrganizationRepository organizations, OrganizationId organization, Optional<URI> url) {
    if (url.isPresent() || organizations.findById(organization).flatMap(Organization::webhookUrl).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(new Violation(
        CreateWebhookUseCase.NO_DESTINATION,
        "Give the webhook a 'url', or set the organization's webhookUrl first"));
  }
}
