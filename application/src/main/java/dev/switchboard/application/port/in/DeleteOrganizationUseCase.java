package dev.switchboard.application.port.in;

import dev.switchboard.domain.organization.OrganizationId;

/**
 * Deletes an organization with all its data (threads, messages, pending deliveries, templates, events, idempotency
 * keys) and its key, in one transaction (management only). Messages not yet sent are not sent.
 */
public interface DeleteOrganizationUseCase {
  DeleteResult delete(OrganizationId id);
}
