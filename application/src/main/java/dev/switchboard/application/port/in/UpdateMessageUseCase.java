package dev.switchboard.application.port.in;

import dev.switchboard.domain.Violation;
import dev.switchboard.domain.message.DeliveryStatus;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.MessageId;
import dev.switchboard.domain.message.MessagePayload;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.template.TemplateId;
import java.util.Objects;
import java.util.Optional;

/** Edits the author or content of a message that no provider has taken yet; the channel rules apply again. */
public interface UpdateMessageUseCase {

  record Command(
      OrganizationId organizationId, MessageId messageId, Optional<String> sendBy, Optional<MessagePayload> payload) {
    public Command {
      Objects.requireNonNull(organizationId, "organizationId");
      Objects.requireNonNull(messageId, "messageId");
      Objects.requireNonNull(sendBy, "sendBy");
      Objects.requireNonNull(payload, "payload");
    }
  }

  sealed interface Result {
    record Updated(Message message) implements Result {}

    record NotFound() implements Result {}

    /** The message is inbound, or a provider has it already. */
    record NotEditable(DeliveryStatus status) implements Result {}

    record TemplateNotFound(TemplateId templateId) implements Result {}

    record Rejected(Violation violation) implements Result {}
  }

  Result update(Command command);
}
