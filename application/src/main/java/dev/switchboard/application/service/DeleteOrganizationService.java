package dev.switchboard.application.service;

import dev.switchboard.application.port.in.DeleteOrganizationUseCase;
import dev.switchboard.application.port.in.DeleteResult;
import dev.switchboard.application.port.out.ApiKeyRepository.Owner;
import dev.switchboard.domain.organization.OrganizationId;

final class DeleteOrganizationService implements DeleteOrganizationUseCase {

  private final TenancyPorts ports;

  DeleteOrganizationService(TenancyPorts ports) {
    this.ports = ports;
  }

  @Override
  public DeleteResult delete(OrganizationId id) {
    return ports.transactions().inTransaction(() -> ports.organizations()
        .findByIdForUpdate(id)
        .map(organization -> {
          ports.apiKeys().deleteByOwner(new Owner.OfOrganization(id));
          ports.organizationData().eraseAll(id);
          ports.idempotency().deleteByOrganization(id);
          ports.organizations().delete(id);
          return DeleteResult.DELETED;
        })
        .orElse(DeleteResult.NOT_FOUND));
  }
}
