package dev.switchboard.application.service;

import dev.switchboard.application.port.in.ProvisionUseCase;
import dev.switchboard.application.port.out.ApiKeyRepository.Owner;
import dev.switchboard.application.port.out.OrganizationSetup;
import dev.switchboard.application.port.out.ApiKeyRepository.StoredKey;
import dev.switchboard.application.port.out.SecretGenerator.KeyKind;
import dev.switchboard.domain.organization.Organization;
import dev.switchboard.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.Optional;

/**
 * Runs in one transaction. Two nodes provisioning an empty database at the same moment may each create a default
 * organization; that is harmless (both are ordinary organizations) and only happens on the very first start.
 */
final class ProvisionService implements ProvisionUseCase {

  private final TenancyPorts ports;
  private final KeyIssuer keys;
  private final OrganizationSetup setup;

  ProvisionService(TenancyPorts ports, OrganizationSetup setup) {
    this.ports = ports;
    this.setup = setup;
    this.keys = new KeyIssuer(ports);
  }

  @Override
  public Result provision(Command command) {
    return ports.transactions().inTransaction(() -> {
      Instant now = ports.clock().instant();
      Optional<String> managementKey = provisionManagementKey(command.managementKey(), now);
      Optional<Organization> created = Optional.empty();
      Optional<String> organizationKey = Optional.empty();
      Optional<Organization> oldest = ports.organizations().findOldest();
      if (oldest.isEmpty()) {
        Organization organization = new Organization(
            new OrganizationId(ports.ids().nextId()), DEFAULT_ORGANIZATION_NAME, Optional.empty(), Optional.empty(), now, now);
        ports.organizations().insert(organization);
        setup.prepare(organization.id(), now);
        created = Optional.of(organization);
        Owner owner = new Owner.OfOrganization(organization.id());
        if (command.organizationKey().isPresent()) {
          installConfigured(owner, command.organizationKey().get(), "SWITCHBOARD_API_KEY", now);
        } else {
          organizationKey = Optional.of(keys.issue(owner, KeyKind.ORGANIZATION, now));
        }
      } else if (command.organizationKey().isPresent()) {
        installConfigured(
            new Owner.OfOrganization(oldest.get().id()), command.organizationKey().get(), "SWITCHBOARD_API_KEY", now);
      }
      return new Result(managementKey, created, organizationKey);
    });
  }

  private Optional<String> provisionManagementKey(Optional<String> configured, Instant now) {
    Owner management = new Owner.Management();
    if (configured.isPresent()) {
      installConfigured(management, configured.get(), "SWITCHBOARD_MANAGEMENT_KEY", now);
      return Optional.empty();
    }
    if (ports.apiKeys().exists(management)) {
      return Optional.empty();
    }
    return Optional.of(keys.issue(management, KeyKind.MANAGEMENT, now));
  }

  /**
   * Makes a configured key work for {@code owner}, unless it works already. A configured key that is an
   * organization key is left with that organization; one that belongs to the other kind of owner is a
   * configuration mistake.
   */
  private void installConfigured(Owner owner, String key, String setting, Instant now) {
    Optional<StoredKey> stored = ports.apiKeys().findByHash(KeyHashes.hash(key));
    if (stored.isEmpty()) {
      keys.install(owner, key, now);
      return;
    }
    boolean sameKind = stored.get().owner() instanceof Owner.Management == owner instanceof Owner.Management;
    if (!sameKind) {
      throw new IllegalArgumentException(setting + " is already in use as a key of another kind");
    }
  }
}
