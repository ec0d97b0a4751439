package dev.switchboard.application.port.out;

import dev.switchboard.domain.message.EmailHeaders;
import dev.switchboard.domain.message.MessagePayload;
import dev.switchboard.domain.message.StatusUpdate;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One thing a provider callback reports. */
public sealed interface ProviderFact {

  /**
   * A person wrote to us.
   *
   * @param from the sender's address as the provider gives it (WhatsApp {@code wa_id} digits, Twilio E.164 with
   *     {@code +}, an email address); parse it with {@code Identifier.parse} for the connection's platform
   * @param senderName the display name the provider knows, if any (WhatsApp profile name)
   * @param providerMessageId the provider's id of the inbound message, to recognise repeated callbacks
   */
  record Inbound(
      String from,
      Optional<String> senderName,
      MessagePayload payload,
      EmailHeaders headers,
      String providerMessageId,
      Instant receivedAt)
      implements ProviderFact {
    public Inbound {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(senderName, "senderName");
      Objects.requireNonNull(payload, "payload");
      Objects.requireNonNull(headers, "headers");
      Objects.requireNonNull(providerMessageId, "providerMessageId");
      Objects.requireNonNull(receivedAt, "receivedAt");
    }
  }

  /** News about one of our outbound messages, by the id the provider gave it when it took the message. */
  record Status(String providerMessageId, StatusUpdate update, Instant occurredAt) implements ProviderFact {
    public Status {
      Objects.requireNonNull(providerMessageId, "providerMessageId");
      Objects.requireNonNull(update, "update");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }
}
