package dev.switchboard.application.service;

import dev.switchboard.application.port.in.UpdateMessageUseCase;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.MessagePayload;
import dev.switchboard.domain.thread.MessageThread;
import java.time.Instant;

final class UpdateMessageService implements UpdateMessageUseCase {

  private final Ports ports;
  private final Events events;
  private final OutboundChecks checks;

  UpdateMessageService(Ports ports) {
    this.ports = ports;
    this.events = new Events(ports.events());
    this.checks = new OutboundChecks(ports.templates());
  }

  @Override
  public Result update(Command command) {
    return ports.transactions().inTransaction(() -> ports.messages()
        .findByIdForUpdate(command.organizationId(), command.messageId())
        .map(current -> edit(command, current))
        .orElseGet(Result.NotFound::new));
  }

  private Result edit(Command command, Message current) {
    if (!current.isEditable()) {
      return new Result.NotEditable(current.deliveryStatus());
    }
    Instant now = ports.clock().instant();
    MessagePayload payload = command.payload().orElse(current.payload());
    if (command.payload().isPresent()) {
      MessageThread thread = ports.threads().findById(current.organizationId(), current.threadId()).orElseThrow();
      int extraRecipients = current.emailHeaders().extraRecipients();
      switch (checks.check(thread, payload, extraRecipients, now)) {
        case OutboundChecks.Verdict.UnknownTemplate unknown -> {
          return new Result.TemplateNotFound(unknown.templateId());
        }
        case OutboundChecks.Verdict.Refused refused -> {
          return new Result.Rejected(refused.violation());
        }
        case OutboundChecks.Verdict.Allowed allowed -> {}
      }
    }
    String sendBy = command.sendBy().orElse(current.sendBy());
    if (sendBy.equals(current.sendBy()) && payload.equals(current.payload())) {
      // Nothing to change: Message.edit would still move updatedAt, which is a write without an event.
      return new Result.Updated(current);
    }
    Message edited = current.edit(sendBy, payload, current.emailHeaders(), now);
    if (!edited.equals(current)) {
      ports.messages().update(edited);
      events.updated(current, edited, now);
    }
    return new Result.Updated(edited);
  }
}
