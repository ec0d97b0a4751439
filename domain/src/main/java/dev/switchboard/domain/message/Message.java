package dev.switchboard.domain.message;

import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.thread.ThreadId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One message in a thread, in either direction. Immutable: changes return a new message. The thread is referenced by
 * id only; its channel is kept here because the status table differs per channel (an email can bounce late).
 */
public final class Message {

  private final MessageId id;
  private final OrganizationId organizationId;
  private final ThreadId threadId;
  private final Channel channel;
  private final Origin origin;
  private final String sendBy;
  private final MessagePayload payload;
  private final EmailHeaders emailHeaders;
  private final DeliveryStatus deliveryStatus;
  private final List<String> errorMessages;
  private final Optional<String> providerMessageId;
  private final Instant createdAt;
  private final Instant updatedAt;

  private Message(
      MessageId id,
      OrganizationId organizationId,
      ThreadId threadId,
      Channel channel,
      Origin origin,
      String sendBy,
      MessagePayload payload,
      EmailHeaders emailHeaders,
      DeliveryStatus deliveryStatus,
      List<String> errorMessages,
      Optional<String> providerMessageId,
      Instant createdAt,
      Instant updatedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.organizationId = Objects.requireNonNull(organizationId, "organizationId");
    this.threadId = Objects.requireNonNull(threadId, "threadId");
    this.channel = Objects.requireNonNull(channel, "channel");
    this.origin = Objects.requireNonNull(origin, "origin");
    this.sendBy = Objects.requireNonNull(sendBy, "sendBy");
    this.payload = Objects.requireNonNull(payload, "payload");
    this.emailHeaders = Objects.requireNonNull(emailHeaders, "emailHeaders");
    this.deliveryStatus = Objects.requireNonNull(deliveryStatus, "deliveryStatus");
    this.errorMessages = List.copyOf(errorMessages);
    this.providerMessageId = Objects.requireNonNull(providerMessageId, "providerMessageId");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    if ((origin == Origin.INBOUND) != (deliveryStatus == DeliveryStatus.RECEIVED)) {
      throw new IllegalArgumentException("inbound messages, and only they, are received: " + deliveryStatus);
    }
    if (channel != Channel.EMAIL && !emailHeaders.equals(EmailHeaders.NONE)) {
      throw new IllegalArgumentException("only email messages carry a subject, cc or bcc");
    }
  }

  /** A message we are about to send: stored as {@code accepted} and queued for a provider. */
  public static Message accept(
      MessageId id,
      OrganizationId organizationId,
      ThreadId threadId,
      Channel channel,
      String sendBy,
      MessagePayload payload,
      EmailHeaders emailHeaders,
      Instant now) {
    return new Message(
        id,
        organizationId,
        threadId,
        channel,
        Origin.OUTBOUND,
        sendBy,
        payload,
        emailHeaders,
        DeliveryStatus.ACCEPTED,
        List.of(),
        Optional.empty(),
        now,
        now);
  }

  /** A message the person sent us; {@code providerMessageId} lets a repeated provider callback be recognised. */
  public static Message receive(
      MessageId id,
      OrganizationId organizationId,
      ThreadId threadId,
      Channel channel,
      String sendBy,
      MessagePayload payload,
      EmailHeaders emailHeaders,
      Optional<String> providerMessageId,
      Instant receivedAt) {
    return new Message(
        id,
        organizationId,
        threadId,
        channel,
        Origin.INBOUND,
        sendBy,
        payload,
        emailHeaders,
        DeliveryStatus.RECEIVED,
        List.of(),
        providerMessageId,
        receivedAt,
        receivedAt);
  }

  /** Rebuilds a stored message; the structural checks still apply. */
  public static Message rehydrate(
      MessageId id,
      OrganizationId organizationId,
      ThreadId threadId,
      Channel channel,
      Origin origin,
      String sendBy,
      MessagePayload payload,
      EmailHeaders emailHeaders,
      DeliveryStatus deliveryStatus,
      List<String> errorMessages,
      Optional<String> providerMessageId,
      Instant createdAt,
      Instant updatedAt) {
    return new Message(
        id,
        organizationId,
        threadId,
        channel,
        origin,
        sendBy,
        payload,
        emailHeaders,
        deliveryStatus,
        errorMessages,
        providerMessageId,
        createdAt,
        updatedAt);
  }

  /** The result of applying a status update: the message after it and what the table decided. */
  public record StatusChange(Message message, StatusTransitions.Outcome outcome) {
    public boolean changed() {
      return !(outcome instanceof StatusTransitions.Outcome.Unchanged);
    }
  }

  public StatusChange apply(StatusUpdate update, Instant now) {
    StatusTransitions.Outcome outcome = StatusTransitions.apply(channel, deliveryStatus, errorMessages, update);
    Message after =
        switch (outcome) {
          case StatusTransitions.Outcome.Moved moved ->
              with(moved.status(), withError(moved.error()), providerMessageId, now);
          case StatusTransitions.Outcome.ErrorRecorded recorded ->
              with(deliveryStatus, withError(Optional.of(recorded.error())), providerMessageId, now);
          case StatusTransitions.Outcome.Unchanged unchanged -> this;
        };
    return new StatusChange(after, outcome);
  }

  /** Records the provider's id for this message, which later status callbacks refer to. */
  public Message withProviderMessageId(String providerId, Instant now) {
    Objects.requireNonNull(providerId, "providerId");
    return providerMessageId.equals(Optional.of(providerId))
        ? this
        : with(deliveryStatus, errorMessages, Optional.of(providerId), now);
  }

  /**
   * Notes what went wrong for part of the message while the provider took the rest (email recipients the relay
   * refused); the status is left as it is.
   */
  public Message withPartialFailures(List<String> problems, Instant now) {
    if (problems.isEmpty()) {
      return this;
    }
    List<String> errors = new ArrayList<>(errorMessages);
    errors.addAll(problems);
    return with(deliveryStatus, errors, providerMessageId, now);
  }

  /** Whether the message may still be edited: it is ours and no provider has taken it yet. */
  public boolean isEditable() {
    return origin == Origin.OUTBOUND && deliveryStatus == DeliveryStatus.ACCEPTED;
  }

  /** A still-unsent message with another author or content; callers check {@link #isEditable()} first. */
  public Message edit(String newSendBy, MessagePayload newPayload, EmailHeaders newHeaders, Instant now) {
    if (!isEditable()) {
      throw new IllegalStateException("message " + id + " is " + deliveryStatus.wireName() + " and cannot be edited");
    }
    return new Message(
        id,
        organizationId,
        threadId,
        channel,
        origin,
        newSendBy,
        newPayload,
        newHeaders,
        deliveryStatus,
        errorMessages,
        providerMessageId,
        createdAt,
        later(now));
  }

  private List<String> withError(Optional<String> error) {
    if (error.isEmpty()) {
      return errorMessages;
    }
    List<String> errors = new ArrayList<>(errorMessages);
    errors.add(error.get());
    return errors;
  }

  private Message with(DeliveryStatus status, List<String> errors, Optional<String> providerId, Instant now) {
    return new Message(
        id,
        organizationId,
        threadId,
        channel,
        origin,
        sendBy,
        payload,
        emailHeaders,
        status,
        errors,
        providerId,
        createdAt,
        later(now));
  }

  private Instant later(Instant now) {
    return now.isBefore(updatedAt) ? updatedAt : now;
  }

  public MessageId id() {
    return id;
  }

  public OrganizationId organizationId() {
    return organizationId;
  }

  public ThreadId threadId() {
    return threadId;
  }

  public Channel channel() {
    return channel;
  }

  public Origin origin() {
    return origin;
  }

  public String sendBy() {
    return sendBy;
  }

  public MessagePayload payload() {
    return payload;
  }

  public EmailHeaders emailHeaders() {
    return emailHeaders;
  }

  public DeliveryStatus deliveryStatus() {
    return deliveryStatus;
  }

  public List<String> errorMessages() {
    return errorMessages;
  }

  public Optional<String> providerMessageId() {
    return providerMessageId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Message that
        && id.equals(that.id)
        && organizationId.equals(that.organizationId)
        && threadId.equals(that.threadId)
        && channel == that.channel
        && origin == that.origin
        && sendBy.equals(that.sendBy)
        && payload.equals(that.payload)
        && emailHeaders.equals(that.emailHeaders)
        && deliveryStatus == that.deliveryStatus
        && errorMessages.equals(that.errorMessages)
        && providerMessageId.equals(that.providerMessageId)
        && createdAt.equals(that.createdAt)
        && updatedAt.equals(that.updatedAt);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "Message[" + id + ", " + origin.wireName() + ", " + deliveryStatus.wireName() + "]";
  }
}
