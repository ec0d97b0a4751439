package dev.switchboard.domain.testing;

import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.message.DeliveryStatus;
import dev.switchboard.domain.message.EmailHeaders;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.MessagePayload;
import dev.switchboard.domain.message.Origin;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Messages in the states tests need. Outbound messages are {@link Ids#MESSAGE} on the matching {@link Threads} thread,
 * accepted at {@link Times#NOW}; inbound ones are {@code Ids.message(2)}, received an hour before.
 */
public final class Messages {

  /** Who wrote our outbound messages. */
  public static final String SEND_BY = "recruiter-rita";

  /** Who wrote inbound messages: the candidate. */
  public static final String CANDIDATE = "candidate";

  public static final String SUBJECT = "Your application";
  public static final String PROVIDER_ID = "wamid.HBgLMzE2MTIzNDU2NzgVAgARGBI";
  public static final String INBOUND_PROVIDER_ID = "wamid.inbound.0001";

  /** A subject and one cc: what an email to the candidate with the recruiter copied in carries. */
  public static final EmailHeaders EMAIL_HEADERS =
      new EmailHeaders(Optional.of(SUBJECT), List.of(Identifiers.CC_EMAIL), List.of());

  private Messages() {}

  /** A WhatsApp text we just accepted: {@code accepted}, no provider id, editable. */
  public static Message acceptedOutbound() {
    return acceptedOutbound(Channel.WHATSAPP);
  }

  /** A text we just accepted on {@code channel}; no email headers, even on email. */
  public static Message acceptedOutbound(Channel channel) {
    return acceptedOutbound(channel, Payloads.text());
  }

  public static Message acceptedOutbound(Channel channel, MessagePayload payload) {
    return Message.accept(
        Ids.MESSAGE,
        Ids.ORGANIZATION,
        Threads.on(channel).id(),
        channel,
        SEND_BY,
        payload,
        EmailHeaders.NONE,
        Times.NOW);
  }

  /** An email we just accepted, with a {@link #SUBJECT subject} and the recruiter in cc. */
  public static Message acceptedEmail() {
    return Message.accept(
        Ids.MESSAGE,
        Ids.ORGANIZATION,
        Threads.email().id(),
        Channel.EMAIL,
        SEND_BY,
        Payloads.text(),
        EMAIL_HEADERS,
        Times.NOW);
  }

  /** A WhatsApp text the candidate sent an hour before {@link Times#NOW}. */
  public static Message inbound() {
    return inbound(Channel.WHATSAPP);
  }

  public static Message inbound(Channel channel) {
    return Message.receive(
        Ids.message(2),
        Ids.ORGANIZATION,
        Threads.on(channel).id(),
        channel,
        CANDIDATE,
        Payloads.text("Thanks, see you then!"),
        EmailHeaders.NONE,
        Optional.of(INBOUND_PROVIDER_ID),
        Times.hoursAgo(1));
  }

  /**
   * An outbound text on {@code channel} as stored with {@code status} (not {@code received}) and {@code errors},
   * accepted at {@link Times#NOW} and last updated a minute later; it has a {@link #PROVIDER_ID} unless still accepted.
   */
  public static Message outbound(Channel channel, DeliveryStatus status, List<String> errors) {
    Instant updatedAt = status == DeliveryStatus.ACCEPTED ? Times.NOW : Times.minutesLater(1);
    return Message.rehydrate(
        Ids.MESSAGE,
        Ids.ORGANIZATION,
        Threads.on(channel).id(),
        channel,
        Origin.OUTBOUND,
        SEND_BY,
        Payloads.text(),
        EmailHeaders.NONE,
        status,
        errors,
        status == DeliveryStatus.ACCEPTED ? Optional.empty() : Optional.of(PROVIDER_ID),
        Times.NOW,
        updatedAt);
  }

  public static Message outbound(Channel channel, DeliveryStatus status) {
    return outbound(channel, status, List.of());
  }

  public static Message sent() {
    return outbound(Channel.WHATSAPP, DeliveryStatus.SENT);
  }

  public static Message delivered() {
    return outbound(Channel.WHATSAPP, DeliveryStatus.DELIVERED);
  }

  /** A WhatsApp text that failed with {@code reason}. */
  public static Message failed(String reason) {
    return outbound(Channel.WHATSAPP, DeliveryStatus.FAILED, List.of(reason));
  }
}
