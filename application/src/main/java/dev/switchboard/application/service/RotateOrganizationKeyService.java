package dev.switchboard.application.service;

import dev.switchboard.application.port.in.RotateOrganizationKeyUseCase;
import dev.switchboard.application.port.out.ApiKeyRepository.Owner;
import dev.switchboard.application.port.out.SecretGenerator.KeyKind;
import dev.switchboard.domain.organization.OrganizationId;
import java.util.Optional;

final class RotateOrganizationKeyService implements RotateOrganizationKeyUseCase {

  private final TenancyPorts ports;
  private final KeyIssuer keys;

  RotateOrganizationKeyService(TenancyPorts ports) {
    this.ports = ports;
    this.keys = new KeyIssuer(ports);
  }

  @Override
  public Optional<Rotated> rotate(OrganizationId id) {
    return ports.transactions().inTransaction(() -> ports.organizations()
        .findByIdForUpdate(id)
        .map(organization -> new Rotated(
            organization,
            keys.issue(new Owner.OfOrganization(id), KeyKind.ORGANIZATION, ports.clock().instant()))));
  }
}
