package dev.switchboard.application.service;

import dev.switchboard.application.port.in.SendMessageUseCase;
import dev.switchboard.application.port.out.ThreadDeletedException;
import dev.switchboard.domain.Validated;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.channel.EmailAddress;
import dev.switchboard.domain.message.EmailHeaders;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.MessageId;
import dev.switchboard.domain.thread.MessageThread;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

final class SendMessageService implements SendMessageUseCase {

  private final Ports ports;
  private final OutboundChecks checks;

  SendMessageService(Ports ports) {
    this.ports = ports;
    this.checks = new OutboundChecks(ports.templates());
  }

  @Override
  public Result send(Command command) {
    Instant now = ports.clock().instant();
    Optional<MessageThread> recent = ports.threads().findRecent(command.organizationId(), command.threadId());
    if (recent.isEmpty()) {
      return new Result.ThreadNotFound();
    }
    OutboundChecks.Verdict verdict = check(command, recent.get(), now);
    MessageThread thread = recent.get();
    if (verdict instanceof OutboundChecks.Verdict.Refused) {
      // The copy may predate the person's latest message, which may have reopened the window: refuse on the row only.
      Optional<MessageThread> current = ports.threads().findById(command.organizationId(), command.threadId());
      if (current.isEmpty()) {
        return new Result.ThreadNotFound();
      }
      thread = current.get();
      verdict = check(command, thread, now);
    }
    return switch (verdict) {
      case OutboundChecks.Verdict.UnknownTemplate unknown -> new Result.TemplateNotFound(unknown.templateId());
      case OutboundChecks.Verdict.Refused refused -> new Result.Rejected(refused.violation());
      case OutboundChecks.Verdict.Allowed allowed -> accept(command, thread, now);
    };
  }

  private OutboundChecks.Verdict check(Command command, MessageThread thread, Instant now) {
    int extraRecipients = command.cc().size() + command.bcc().size();
    return checks.check(thread, command.payload(), extraRecipients, now);
  }

  private Result accept(Command command, MessageThread thread, Instant now) {
    EmailHeaders headers = EmailHeaders.NONE;
    if (thread.channel() == Channel.EMAIL) {
      var cc = EmailAddress.parseAll(command.cc());
      var bcc = EmailAddress.parseAll(command.bcc());
      if (cc instanceof Validated.Invalid<List<EmailAddress>> invalid) {
        return new Result.Rejected(invalid.violation());
      }
      if (bcc instanceof Validated.Invalid<List<EmailAddress>> invalid) {
        return new Result.Rejected(invalid.violation());
      }
      headers = new EmailHeaders(command.subject(), cc.orElseThrow(), bcc.orElseThrow());
    }
    Message message = Message.accept(
        new MessageId(ports.ids().nextId()),
        command.organizationId(),
        thread.id(),
        thread.channel(),
        command.sendBy(),
        command.payload(),
        headers,
        now);
    try {
      ports.acceptedMessages().write(message, Events.creation(message, now));
    } catch (ThreadDeletedException deleted) {
      return new Result.ThreadNotFound();
    }
    return new Result.Accepted(message);
  }
}
