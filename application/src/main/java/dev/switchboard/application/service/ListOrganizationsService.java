package dev.switchboard.application.service;

import dev.switchboard.application.port.in.ListOrganizationsUseCase;
import dev.switchboard.application.port.out.OrganizationRepository;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.Page;
import dev.switchboard.domain.organization.Organization;

final class ListOrganizationsService implements ListOrganizationsUseCase {

  private final OrganizationRepository organizations;

  ListOrganizationsService(OrganizationRepository organizations) {
    this.organizations = organizations;
  }

  @Override
  public Page<Organization> list(ListQuery<Organization> query) {
    return organizations.list(query);
  }
}
