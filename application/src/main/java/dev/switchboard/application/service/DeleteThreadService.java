package dev.switchboard.application.service;

import dev.switchboard.application.port.in.DeleteResult;
import dev.switchboard.application.port.in.DeleteThreadUseCase;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.thread.ThreadId;
import java.time.Instant;

final class DeleteThreadService implements DeleteThreadUseCase {

  private final Ports ports;
  private final Events events;

  DeleteThreadService(Ports ports) {
    this.ports = ports;
    this.events = new Events(ports.events());
  }

  @Override
  public DeleteResult delete(OrganizationId organization, ThreadId id) {
    return ports.transactions().inTransaction(() -> ports.threads()
        .findByIdForUpdate(organization, id)
        .map(thread -> {
          Instant now = ports.clock().instant();
          ports.threads().delete(organization, id);
          events.deleted(thread, now);
          return DeleteResult.DELETED;
        })
        .orElse(DeleteResult.NOT_FOUND));
  }
}
