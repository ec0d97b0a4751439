package dev.switchboard.application.service;

import dev.switchboard.application.port.in.GetOrganizationUseCase;
import dev.switchboard.application.port.out.OrganizationRepository;
import dev.switchboard.domain.organization.Organization;
import dev.switchboard.domain.organization.OrganizationId;
import java.util.Optional;

final class GetOrganizationService implements GetOrganizationUseCase {

  private final OrganizationRepository organizations;

  GetOrganizationService(OrganizationRepository organizations) {
    this.organizations = organizations;
  }

  @Override
  public Optional<Organization> get(OrganizationId id) {
    return organizations.findById(id);
  }
}
