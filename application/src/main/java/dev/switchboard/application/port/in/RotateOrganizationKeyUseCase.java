package dev.switchboard.application.port.in;

import dev.switchboard.domain.organization.Organization;
import dev.switchboard.domain.organization.OrganizationId;
import java.util.Objects;
import java.util.Optional;

/**
 * Gives an organization a new key (management only). The old key stops working at once. Empty when there is no
 * organization with that id.
 */
public interface RotateOrganizationKeyUseCase {

  /** {@code token} is the new organization key in plain text; it is never shown again. */
  record Rotated(Organization organization, String token) {
    public Rotated {
      Objects.requireNonNull(organization, "organization");
      Objects.requireNonNull(token, "token");
    }

    @Override
    public String toString() {
      return "Rotated[organization=" + organization + ", token=<hidden>]";
    }
  }

  Optional<Rotated> rotate(OrganizationId id);
}
