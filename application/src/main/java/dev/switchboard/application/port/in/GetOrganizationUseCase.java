package dev.switchboard.application.port.in;

import dev.switchboard.domain.organization.Organization;
import dev.switchboard.domain.organization.OrganizationId;
import java.util.Optional;

/** Reads one organization; empty when there is none with that id. */
public interface GetOrganizationUseCase {
  Optional<Organization> get(OrganizationId id);
}
