package dev.switchboard.application.port.out;

import dev.switchboard.domain.organization.OrganizationId;
import java.time.Instant;

/**
 * What a new organization starts with besides itself, created in the transaction that creates the organization (the
 * channel registry gives it one sandbox channel per platform, so that it can send before it configured a provider).
 */
@FunctionalInterface
public interface OrganizationSetup {

  OrganizationSetup NOTHING = (organization, now) -> {};

  void prepare(OrganizationId organization, Instant now);
}
