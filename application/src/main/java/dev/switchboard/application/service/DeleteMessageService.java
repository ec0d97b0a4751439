package dev.switchboard.application.service;

import dev.switchboard.application.port.in.DeleteMessageUseCase;
import dev.switchboard.application.port.in.DeleteResult;
import dev.switchboard.domain.message.MessageId;
import dev.switchboard.domain.organization.OrganizationId;
import java.time.Instant;

final class DeleteMessageService implements DeleteMessageUseCase {

  private final Ports ports;
  private final Events events;

  DeleteMessageService(Ports ports) {
    this.ports = ports;
    this.events = new Events(ports.events());
  }

  @Override
  public DeleteResult delete(OrganizationId organization, MessageId id) {
    return ports.transactions().inTransaction(() -> ports.messages()
        .findByIdForUpdate(organization, id)
        .map(message -> {
          Instant now = ports.clock().instant();
          ports.deliveryQueue().cancel(organization, id);
          ports.messages().delete(organization, id);
          events.deleted(message, now);
          return DeleteResult.DELETED;
        })
        .orElse(DeleteResult.NOT_FOUND));
  }
}
