package dev.switchboard.application.port.in;

import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.Page;
import dev.switchboard.domain.organization.Organization;

/**
 * Lists all organizations, filtered, sorted and paged (management only; see
 * {@link dev.switchboard.application.query.OrganizationFields}). An organization key sees only its own organization:
 * the HTTP adapter answers that listing with {@link GetOrganizationUseCase}.
 */
public interface ListOrganizationsUseCase {
  Page<Organization> list(ListQuery<Organization> query);
}
