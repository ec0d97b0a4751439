package dev.switchboard.application.service;

import dev.switchboard.application.port.in.RecordStatusUpdateUseCase;
import dev.switchboard.domain.message.Message;

final class RecordStatusUpdateService implements RecordStatusUpdateUseCase {

  private final Ports ports;
  private final Events events;

  RecordStatusUpdateService(Ports ports) {
    this.ports = ports;
    this.events = new Events(ports.events());
  }

  @Override
  public Result record(Command command) {
    return ports.transactions().inTransaction(() -> ports.messages()
        .findByProviderMessageIdForUpdate(command.organizationId(), command.providerMessageId())
        .<Result>map(current -> {
          Message.StatusChange change = current.apply(command.update(), ports.clock().instant());
          if (change.changed()) {
            ports.messages().update(change.message());
            events.updated(current, change.message(), change.message().updatedAt());
          }
          return new Result.Applied(change.message(), change.outcome());
        })
        .orElseGet(Result.MessageNotFound::new));
  }
}
