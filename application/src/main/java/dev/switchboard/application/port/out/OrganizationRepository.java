package dev.switchboard.application.port.out;

import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.Page;
import dev.switchboard.domain.organization.Organization;
import dev.switchboard.domain.organization.OrganizationId;
import java.util.Optional;

/**
 * Stores organizations: the tenants themselves, so unlike the other repositories its calls are not scoped to one.
 * Deleting here removes only the organization's own row; its data goes through {@link OrganizationDataEraser},
 * its keys through {@link ApiKeyRepository} and its idempotency keys through {@link IdempotencyRepository}.
 */
public interface OrganizationRepository {

  Optional<Organization> findById(OrganizationId id);

  /** Like {@link #findById} but holds the row until the surrounding transaction ends. */
  Optional<Organization> findByIdForUpdate(OrganizationId id);

  /** The organization created first (by creation time, then id); empty when there is none. */
  Optional<Organization> findOldest();

  /** @throws DuplicateKeyException when an organization with this id exists */
  void insert(Organization organization);

  /** Replaces the stored state of an existing organization; an unknown id changes nothing. */
  void update(Organization organization);

  /** Removes the organization's row; an unknown id changes nothing. */
  void delete(OrganizationId id);

  Page<Organization> list(ListQuery<Organization> query);
}
