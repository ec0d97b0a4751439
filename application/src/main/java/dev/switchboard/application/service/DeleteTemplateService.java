package dev.switchboard.application.service;

import dev.switchboard.application.port.in.DeleteResult;
import dev.switchboard.application.port.in.DeleteTemplateUseCase;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.template.TemplateId;

final class DeleteTemplateService implements DeleteTemplateUseCase {

  private final Ports ports;
  private final Events events;

  DeleteTemplateService(Ports ports) {
    this.ports = ports;
    this.events = new Events(ports.events());
  }

  @Override
  public DeleteResult delete(OrganizationId organization, TemplateId id) {
    return ports.transactions().inTransaction(() -> ports.templates()
        .findById(organization, id)
        .map(template -> {
          ports.templates().delete(organization, id);
          events.deleted(template, ports.clock().instant());
          return DeleteResult.DELETED;
        })
        .orElse(DeleteResult.NOT_FOUND));
  }
}
