package dev.switchboard.application.service;

import dev.switchboard.application.port.in.RecordInboundMessageUseCase;
import dev.switchboard.application.port.out.DuplicateKeyException;
import dev.switchboard.domain.Validated;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.channel.Identifier;
import dev.switchboard.domain.message.EmailHeaders;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.MessageId;
import dev.switchboard.domain.thread.MessageThread;
import dev.switchboard.domain.thread.ThreadId;
import java.time.Instant;
import java.util.Optional;

final class RecordInboundMessageService implements RecordInboundMessageUseCase {

  private final Ports ports;
  private final Events events;

  RecordInboundMessageService(Ports ports) {
    this.ports = ports;
    this.events = new Events(ports.events());
  }

  @Override
  public Result record(Command command) {
    return switch (Identifier.parse(command.channel(), command.from())) {
      case Validated.Invalid<Identifier> invalid -> new Result.InvalidSender(invalid.violation());
      case Validated.Valid<Identifier> valid -> recordFrom(command, valid.value());
    };
  }

  private Result recordFrom(Command command, Identifier sender) {
    try {
      return ports.transactions().inTransaction(() -> {
        Optional<Message> earlier = command.providerMessageId()
            .flatMap(id -> ports.messages().findByProviderMessageIdForUpdate(command.organizationId(), id));
        if (earlier.isPresent()) {
          return new Result.Duplicate(earlier.get());
        }
        Instant now = ports.clock().instant();
        Optional<MessageThread> before = ports.threads()
            .findByIdentifier(command.organizationId(), command.channel(), sender)
            .flatMap(found -> ports.threads().findByIdForUpdate(found.organizationId(), found.id()));
        MessageThread thread = before
            .orElseGet(() -> MessageThread.start(
                new ThreadId(ports.ids().nextId()), command.organizationId(), command.channel(), sender, false, now))
            .recordInbound(command.receivedAt(), now);
        if (before.isPresent()) {
          ports.threads().update(thread);
          events.updated(before.get(), thread, now);
        } else {
          ports.threads().insert(thread);
          events.created(thread, now);
        }
        Message message = Message.receive(
            new MessageId(ports.ids().nextId()),
            command.organizationId(),
            thread.id(),
            thread.channel(),
            command.senderName(),
            command.payload(),
            thread.channel() == Channel.EMAIL ? command.emailHeaders() : EmailHeaders.NONE,
            command.providerMessageId(),
            command.receivedAt());
        ports.messages().insert(message);
        events.created(message, now);
        return new Result.Recorded(message, thread);
      });
    } catch (DuplicateKeyException raced) {
      // The same callback arrived twice at once, or the sender's thread was created concurrently: try again,
      // which now finds the stored message or thread.
      return recordFrom(command, sender);
    }
  }
}
