package dev.switchboard.domain.testing;

import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.channel.Identifier;
import dev.switchboard.domain.thread.CandidateId;
import dev.switchboard.domain.thread.MessageThread;
import dev.switchboard.domain.thread.ThreadId;
import java.time.Instant;
import java.util.Optional;

/**
 * Message threads in the states tests need, all in {@link Ids#ORGANIZATION}, created at {@link Times#CREATED} and with
 * the chatbot running. "Open" and "closed" are seen from {@link Times#NOW}.
 */
public final class Threads {

  private Threads() {}

  /** A WhatsApp thread whose candidate wrote an hour before {@link Times#NOW}: free-form messages may be sent. */
  public static MessageThread whatsapp() {
    return whatsappLastInboundAt(Times.hoursAgo(1));
  }

  /** Same as {@link #whatsapp()}, named for tests where the open window is the point. */
  public static MessageThread whatsappWithOpenWindow() {
    return whatsapp();
  }

  /** A WhatsApp thread whose candidate last wrote 25 hours before {@link Times#NOW}: only templates may be sent. */
  public static MessageThread whatsappWithClosedWindow() {
    return whatsappLastInboundAt(Times.hoursAgo(25));
  }

  /** A WhatsApp thread we started: the candidate never wrote, so only templates may be sent. */
  public static MessageThread whatsappNeverReceived() {
    return started(Ids.THREAD, Channel.WHATSAPP, Identifiers.PHONE);
  }

  public static MessageThread whatsappLastInboundAt(Instant lastInboundAt) {
    return rehydrated(Ids.THREAD, Channel.WHATSAPP, Identifiers.PHONE, Optional.empty(), Optional.of(lastInboundAt));
  }

  public static MessageThread sms() {
    return started(Ids.thread(2), Channel.SMS, Identifiers.PHONE);
  }

  public static MessageThread email() {
    return started(Ids.thread(3), Channel.EMAIL, Identifiers.EMAIL);
  }

  /** A thread on {@code channel} with its usual identifier (the phone number, or the email address). */
  public static MessageThread on(Channel channel) {
    return switch (channel) {
      case WHATSAPP -> whatsapp();
      case SMS -> sms();
      case EMAIL -> email();
    };
  }

  /** {@code thread} tied to {@code candidate}, as if it had been stored that way. */
  public static MessageThread withCandidate(MessageThread thread, CandidateId candidate) {
    return MessageThread.rehydrate(
        thread.id(),
        thread.organizationId(),
        thread.channel(),
        thread.identifier(),
        thread.chatbotPaused(),
        Optional.of(candidate),
        thread.createdAt(),
        thread.updatedAt(),
        thread.lastInboundAt());
  }

  private static MessageThread started(ThreadId id, Channel channel, Identifier identifier) {
    return MessageThread.start(id, Ids.ORGANIZATION, channel, identifier, false, Times.CREATED);
  }

  private static MessageThread rehydrated(
      ThreadId id,
      Channel channel,
      Identifier identifier,
      Optional<CandidateId> candidate,
      Optional<Instant> lastInboundAt) {
    Instant updatedAt = lastInboundAt.filter(at -> at.isAfter(Times.CREATED)).orElse(Times.CREATED);
    return MessageThread.rehydrate(
        id, Ids.ORGANIZATION, channel, identifier, false, candidate, Times.CREATED, updatedAt, lastInboundAt);
  }
}
