package dev.switchboard.application.port.in;

import dev.switchboard.domain.Violation;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.message.EmailHeaders;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.MessagePayload;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.thread.MessageThread;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Stores a message a person sent us. The thread for the sender is created when there is none; on WhatsApp the
 * message (re)opens the 24-hour service window. A provider that reports the same message twice gets one message.
 */
public interface RecordInboundMessageUseCase {

  record Command(
      OrganizationId organizationId,
      Channel channel,
      String from,
      String senderName,
      MessagePayload payload,
      EmailHeaders emailHeaders,
      Optional<String> providerMessageId,
      Instant receivedAt) {
    public Command {
      Objects.requireNonNull(organizationId, "organizationId");
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(senderName, "senderName");
      Objects.requireNonNull(payload, "payload");
      Objects.requireNonNull(emailHeaders, "emailHeaders");
      Objects.requireNonNull(providerMessageId, "providerMessageId");
      Objects.requireNonNull(receivedAt, "receivedAt");
    }
  }

  sealed interface Result {
    record Recorded(Message message, MessageThread thread) implements Result {}

    /** The provider reported this message before; nothing changed. */
    record Duplicate(Message existing) implements Result {}

    /** The sender's identifier is not valid for the channel. */
    record InvalidSender(Violation violation) implements Result {}
  }

  Result record(Command command);
}
