package dev.switchboard.adapter.persistence;

import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.channel.EmailAddress;
import dev.switchboard.domain.channel.Identifier;
import dev.switchboard.domain.channel.PhoneNumber;
import dev.switchboard.domain.message.DeliveryStatus;
import dev.switchboard.domain.message.EmailHeaders;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.MessageId;
import dev.switchboard.domain.message.MessagePayload;
import dev.switchboard.domain.message.Origin;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.template.MessageTemplate;
import dev.switchboard.domain.template.TemplateCategory;
import dev.switchboard.domain.template.TemplateComponent;
import dev.switchboard.domain.template.TemplateId;
import dev.switchboard.domain.template.TemplateStatus;
import dev.switchboard.domain.testing.Payloads;
import dev.switchboard.domain.testing.Templates;
import dev.switchboard.domain.testing.Times;
import dev.switchboard.domain.thread.MessageThread;
import dev.switchboard.domain.thread.ThreadId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * The base of every port contract: one backend per test class, and two fresh organizations per test, so that tests
 * sharing a database never see each other's rows. Ids are random, times are whole microseconds (what both databases
 * store).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PersistenceContract {

  /** A time with microseconds, to show they survive the round trip. */
  static final Instant T0 = Times.NOW.plus(123_456, ChronoUnit.MICROS);

  protected Backend backend;
  protected OrganizationId org;
  protected OrganizationId otherOrg;

  protected abstract Backend openBackend();

  @BeforeAll
  void openBackendOnce() {
    backend = openBackend();
  }

  @AfterAll
  void closeBackend() {
    if (backend != null) {
      backend.close();
    }
  }

  @BeforeEach
  void freshOrganizations() {
    org = new OrganizationId(UUID.randomUUID());
    otherOrg = new OrganizationId(UUID.randomUUID());
  }

  static Instant micros(long micros) {
    return T0.plus(micros, ChronoUnit.MICROS);
  }

  static PhoneNumber phone(int n) {
    return new PhoneNumber("3161" + String.format("%07d", n));
  }

  static ThreadId newThreadId() {
    return new ThreadId(UUID.randomUUID());
  }

  static MessageId newMessageId() {
    return new MessageId(UUID.randomUUID());
  }

  static MessageThread thread(OrganizationId organization, Channel channel, Identifier identifier, Instant createdAt) {
    return MessageThread.rehydrate(
        newThreadId(), organization, channel, identifier, false, Optional.empty(), createdAt, createdAt, Optional.empty());
  }

  static MessageThread whatsapp(OrganizationId organization, int n) {
    return thread(organization, Channel.WHATSAPP, phone(n), T0);
  }

  static MessageThread email(OrganizationId organization, String address) {
    return thread(organization, Channel.EMAIL, new EmailAddress(address), T0);
  }

  /** An outbound message on {@code thread} with its own id. */
  static Message outbound(MessageThread thread, MessagePayload payload, Instant at) {
    return Message.accept(
        newMessageId(), thread.organizationId(), thread.id(), thread.channel(), "rita", payload, EmailHeaders.NONE, at);
  }

  static Message outbound(MessageThread thread) {
    return outbound(thread, Payloads.text(), T0);
  }

  static Message inbound(MessageThread thread, String providerId, Instant at) {
    return Message.receive(
        newMessageId(),
        thread.organizationId(),
        thread.id(),
        thread.channel(),
        "candidate",
        Payloads.text("Hi there"),
        EmailHeaders.NONE,
        Optional.of(providerId),
        at);
  }

  /** {@code message} as stored in {@code status} with {@code errors} and {@code providerId}. */
  static Message stored(Message message, DeliveryStatus status, List<String> errors, Optional<String> providerId,
      Instant updatedAt) {
    return Message.rehydrate(
        message.id(),
        message.organizationId(),
        message.threadId(),
        message.channel(),
        message.origin() == Origin.INBOUND ? Origin.INBOUND : Origin.OUTBOUND,
        message.sendBy(),
        message.payload(),
        message.emailHeaders(),
        status,
        errors,
        providerId,
        message.createdAt(),
        updatedAt);
  }

  static MessageTemplate template(OrganizationId organization, String name, String language, Instant createdAt) {
    return new MessageTemplate(
        new TemplateId(UUID.randomUUID()),
        organization,
        name,
        language,
        TemplateCategory.UTILITY,
        List.of(
            new TemplateComponent(dev.switchboard.domain.template.ComponentType.HEADER, Templates.HEADER),
            Templates.body(Templates.BODY),
            Templates.footer(Templates.FOOTER)),
        TemplateStatus.APPROVED,
        createdAt,
        createdAt);
  }

  MessageThread stored(MessageThread thread) {
    backend.threads().insert(thread);
    return thread;
  }

  Message stored(Message message) {
    backend.messages().insert(message);
    return message;
  }
}
