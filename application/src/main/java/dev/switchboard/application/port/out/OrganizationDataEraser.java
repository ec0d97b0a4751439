package dev.switchboard.application.port.out;

import dev.switchboard.domain.organization.OrganizationId;

/**
 * Removes everything the messaging side keeps for an organization that is being deleted: its threads, messages,
 * pending delivery jobs, templates and recorded events. Joins the surrounding transaction, so the organization and
 * its data disappear together. Messages whose delivery job is removed are never sent.
 */
@FunctionalInterface
public interface OrganizationDataEraser {
  void eraseAll(OrganizationId organization);
}
