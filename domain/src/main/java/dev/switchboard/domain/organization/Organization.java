package dev.switchboard.domain.organization;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A tenant: a customer of the gateway. Its webhook destination and secret tell its systems what changed; the
 * secret is write-only in the public API.
 */
public record Organization(
    OrganizationId id,
    String name,
    Optional<URI> webhookUrl,
    Optional<String> webhookSecret,
    Instant createdAt,
    Instant updatedAt) {

  public Organization {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(webhookUrl, "webhookUrl");
    Objects.requireNonNull(webhookSecret, "webhookSecret");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (name.isBlank()) {
      throw new IllegalArgumentException("an organization needs a name");
    }
  }
}
