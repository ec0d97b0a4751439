package dev.switchboard.application.port.in;

import dev.switchboard.domain.Violation;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.MessagePayload;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.template.TemplateId;
import dev.switchboard.domain.thread.ThreadId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Accepts an outbound message: checks the channel rules, stores it as {@code accepted} and queues it for its
 * provider, all in one transaction. The provider is called later, by the delivery worker.
 */
public interface SendMessageUseCase {

  /** {@code subject}, {@code cc} and {@code bcc} are for email; cc/bcc are addresses as the caller typed them. */
  record Command(
      OrganizationId organizationId,
      ThreadId threadId,
      String sendBy,
      MessagePayload payload,
      Optional<String> subject,
      List<String> cc,
      List<String> bcc) {
    public Command {
      Objects.requireNonNull(organizationId, "organizationId");
      Objects.requireNonNull(threadId, "threadId");
      Objects.requireNonNull(sendBy, "sendBy");
      Objects.requireNonNull(payload, "payload");
      Objects.requireNonNull(subject, "subject");
      cc = List.copyOf(cc);
      bcc = List.copyOf(bcc);
    }

    /** A message without email headers, as WhatsApp and SMS send them. */
    public static Command of(OrganizationId organization, ThreadId thread, String sendBy, MessagePayload payload) {
      return new Command(organization, thread, sendBy, payload, Optional.empty(), List.of(), List.of());
    }
  }

  sealed interface Result {
    record Accepted(Message message) implements Result {}

    record ThreadNotFound() implements Result {}

    record TemplateNotFound(TemplateId templateId) implements Result {}

    /** A channel rule or an input check refused the message; nothing was stored. */
    record Rejected(Violation violation) implements Result {}
  }

  Result send(Command command);
}
