package dev.switchboard.domain.thread;

import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.channel.Identifier;
import dev.switchboard.domain.channel.PhoneNumber;
import dev.switchboard.domain.organization.OrganizationId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The conversation with one person on one channel: one per (organization, channel, identifier). Immutable: every
 * change returns a new thread, so a caller never sees a half-applied change.
 */
public final class MessageThread {

  /** How long after a person's last message WhatsApp lets a business answer with free-form messages. */
  public static final Duration SERVICE_WINDOW = Duration.ofHours(24);

  private final ThreadId id;
  private final OrganizationId organizationId;
  private final Channel channel;
  private final Identifier identifier;
  private final boolean chatbotPaused;
  private final Optional<CandidateId> candidateId;
  private final Instant createdAt;
  private final Instant updatedAt;
  private final Optional<Instant> lastInboundAt;

  private MessageThread(
      ThreadId id,
      OrganizationId organizationId,
      Channel channel,
      Identifier identifier,
      boolean chatbotPaused,
      Optional<CandidateId> candidateId,
      Instant createdAt,
      Instant updatedAt,
      Optional<Instant> lastInboundAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.organizationId = Objects.requireNonNull(organizationId, "organizationId");
    this.channel = Objects.requireNonNull(channel, "channel");
    this.identifier = Objects.requireNonNull(identifier, "identifier");
    this.chatbotPaused = chatbotPaused;
    this.candidateId = Objects.requireNonNull(candidateId, "candidateId");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    this.lastInboundAt = Objects.requireNonNull(lastInboundAt, "lastInboundAt");
    if (channel.usesPhoneNumbers() != (identifier instanceof PhoneNumber)) {
      throw new IllegalArgumentException(identifier + " cannot address channel " + channel.wireName());
    }
    if (updatedAt.isBefore(createdAt)) {
      throw new IllegalArgumentException("updatedAt before createdAt");
    }
  }

  public static MessageThread start(
      ThreadId id,
      OrganizationId organizationId,
      Channel channel,
      Identifier identifier,
      boolean chatbotPaused,
      Instant now) {
    return new MessageThread(
        id, organizationId, channel, identifier, chatbotPaused, Optional.empty(), now, now, Optional.empty());
  }

  /** Rebuilds a stored thread; the structural checks still apply. */
  public static MessageThread rehydrate(
      ThreadId id,
      OrganizationId organizationId,
      Channel channel,
      Identifier identifier,
      boolean chatbotPaused,
      Optional<CandidateId> candidateId,
      Instant createdAt,
      Instant updatedAt,
      Optional<Instant> lastInboundAt) {
    return new MessageThread(
        id, organizationId, channel, identifier, chatbotPaused, candidateId, createdAt, updatedAt, lastInboundAt);
  }

  /** The outcome of tying a candidate to this thread. */
  public sealed interface CandidateAssignment {
    record Assigned(MessageThread thread) implements CandidateAssignment {}

    /** The thread already belongs to another candidate; the tie never changes once made. */
    record AlreadyAssigned(CandidateId existing) implements CandidateAssignment {}
  }

  /** Ties the thread to a candidate once; repeating the same candidate is a no-op, another candidate is refused. */
  public CandidateAssignment assignCandidate(CandidateId candidate, Instant now) {
    Objects.requireNonNull(candidate, "candidate");
    if (candidateId.isPresent()) {
      return candidateId.get().equals(candidate)
          ? new CandidateAssignment.Assigned(this)
          : new CandidateAssignment.AlreadyAssigned(candidateId.get());
    }
    return new CandidateAssignment.Assigned(copy(identifier, chatbotPaused, Optional.of(candidate), now, lastInboundAt));
  }

  /** Moves the thread to another identifier on the same channel (a candidate changed numbers). */
  public MessageThread withIdentifier(Identifier newIdentifier, Instant now) {
    return newIdentifier.equals(identifier) ? this : copy(newIdentifier, chatbotPaused, candidateId, now, lastInboundAt);
  }

  public MessageThread withChatbotPaused(boolean paused, Instant now) {
    return paused == chatbotPaused ? this : copy(identifier, paused, candidateId, now, lastInboundAt);
  }

  /**
   * Notes that the person wrote to us at {@code receivedAt}, which (re)opens the WhatsApp service window. A late,
   * older inbound message never shortens the window.
   */
  public MessageThread recordInbound(Instant receivedAt, Instant now) {
    Optional<Instant> latest =
        lastInboundAt.filter(previous -> previous.isAfter(receivedAt)).or(() -> Optional.of(receivedAt));
    return copy(identifier, chatbotPaused, candidateId, now, latest);
  }

  /** When the WhatsApp 24-hour window closes; empty on other channels or before the person ever wrote. */
  public Optional<Instant> serviceWindowExpiresAt() {
    return channel == Channel.WHATSAPP ? lastInboundAt.map(at -> at.plus(SERVICE_WINDOW)) : Optional.empty();
  }

  /** Whether free-form messages may be sent at {@code now}. Channels without a window are always open. */
  public boolean isServiceWindowOpen(Instant now) {
    if (channel != Channel.WHATSAPP) {
      return true;
    }
    return serviceWindowExpiresAt().map(now::isBefore).orElse(false);
  }

  private MessageThread copy(
      Identifier newIdentifier,
      boolean paused,
      Optional<CandidateId> candidate,
      Instant now,
      Optional<Instant> lastInbound) {
    Instant updated = now.isBefore(updatedAt) ? updatedAt : now;
    return new MessageThread(
        id, organizationId, channel, newIdentifier, paused, candidate, createdAt, updated, lastInbound);
  }

  public ThreadId id() {
    return id;
  }

  public OrganizationId organizationId() {
    return organizationId;
  }

  public Channel channel() {
    return channel;
  }

  public Identifier identifier() {
    return identifier;
  }

  public boolean chatbotPaused() {
    return chatbotPaused;
  }

  public Optional<CandidateId> candidateId() {
    return candidateId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Optional<Instant> lastInboundAt() {
    return lastInboundAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MessageThread that
        && id.equals(that.id)
        && organizationId.equals(that.organizationId)
        && channel == that.channel
        && identifier.equals(that.identifier)
        && chatbotPaused == that.chatbotPaused
        && candidateId.equals(that.candidateId)
        && createdAt.equals(that.createdAt)
        && updatedAt.equals(that.updatedAt)
        && lastInboundAt.equals(that.lastInboundAt);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "MessageThread[" + id + ", " + channel.wireName() + ", " + identifier.value() + "]";
  }
}
