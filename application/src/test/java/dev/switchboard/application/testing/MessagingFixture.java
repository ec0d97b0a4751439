package dev.switchboard.application.testing;

import dev.switchboard.application.inmemory.InMemoryAdapters;
import dev.switchboard.application.port.in.CreateTemplateUseCase;
import dev.switchboard.application.port.in.CreateThreadUseCase;
import dev.switchboard.application.port.in.RecordInboundMessageUseCase;
import dev.switchboard.application.port.in.SendMessageUseCase;
import dev.switchboard.application.port.out.ChangeEvent;
import dev.switchboard.application.port.out.EventSink;
import dev.switchboard.application.service.DeliveryPolicy;
import dev.switchboard.application.service.MessagingCore;
import dev.switchboard.application.service.Ports;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.message.EmailHeaders;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.MessagePayload;
import dev.switchboard.domain.message.TextPayload;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.template.ComponentType;
import dev.switchboard.domain.template.MessageTemplate;
import dev.switchboard.domain.template.TemplateCategory;
import dev.switchboard.domain.template.TemplateComponent;
import dev.switchboard.domain.template.TemplateStatus;
import dev.switchboard.domain.thread.MessageThread;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The messaging core over fresh in-memory adapters, a {@link MutableClock}, {@link SequentialIdSource} ids and a
 * {@link FakeChannelGateway}, with shortcuts for the state most tests start from. The shortcuts go through the use
 * cases themselves and fail loudly when a use case does not answer as expected.
 */
public final class MessagingFixture {

  /** Where the clock starts. */
  public static final Instant START = Instant.parse("2025-03-10T09:00:00Z");

  /** Small numbers, so retries and give-ups are quick to reach: 3 attempts, 10 s first retry, 5 min cap. */
  public static final DeliveryPolicy POLICY =
      new DeliveryPolicy(10, Duration.ofMinutes(2), 3, Duration.ofSeconds(10), Duration.ofMinutes(5));

  /** A Dutch mobile number as a person types it, and as it is stored. */
  public static final String PHONE = "+31 6 1234 5678";
  public static final String PHONE_CANONICAL = "31612345678";
  public static final String OTHER_PHONE = "+31 6 8765 4321";
  public static final String OTHER_PHONE_CANONICAL = "31687654321";
  public static final String EMAIL = "jane.doe@example.com";

  public static final String SEND_BY = "recruiter-rita";
  public static final String CANDIDATE_NAME = "Jane Doe";

  /** A template body that expects two parameters. */
  public static final String TEMPLATE_BODY = "Hi {{1}}, your interview is on {{2}}.";

  private final InMemoryAdapters adapters;
  private final MutableClock clock;
  private final SequentialIdSource ids;
  private final FakeChannelGateway gateway;
  private final DeliveryPolicy policy;
  private final MessagingCore core;

  private MessagingFixture(DeliveryPolicy policy) {
    this.adapters = InMemoryAdapters.create();
    this.clock = MutableClock.at(START);
    this.ids = new SequentialIdSource();
    this.gateway = new FakeChannelGateway();
    this.policy = policy;
    this.core = MessagingCore.create(ports(adapters, adapters.events(), clock, ids), gateway, policy, FixedRandom.of(0.0));
  }

  /** With {@link #POLICY} and no retry jitter (every backoff is half its nominal delay). */
  public static MessagingFixture create() {
    return new MessagingFixture(POLICY);
  }

  public static MessagingFixture create(DeliveryPolicy policy) {
    return new MessagingFixture(policy);
  }

  /** The ports over {@code adapters}, with {@code events} as the event sink (which may be something else). */
  public static Ports ports(InMemoryAdapters adapters, EventSink events, MutableClock clock, SequentialIdSource ids) {
    return new Ports(
        adapters.threads(),
        adapters.messages(),
        adapters.templates(),
        adapters.deliveryQueue(),
        events,
        adapters.transactions(),
        clock,
        ids);
  }

  public MessagingCore core() {
    return core;
  }

  public InMemoryAdapters adapters() {
    return adapters;
  }

  public MutableClock clock() {
    return clock;
  }

  public SequentialIdSource ids() {
    return ids;
  }

  public FakeChannelGateway gateway() {
    return gateway;
  }

  public DeliveryPolicy policy() {
    return policy;
  }

  public Instant now() {
    return clock.instant();
  }

  /** Every event recorded so far, oldest first. */
  public List<ChangeEvent> events() {
    return adapters.events().all();
  }

  /** The events recorded after the first {@code mark} (take the mark as {@code events().size()}). */
  public List<ChangeEvent> eventsSince(int mark) {
    List<ChangeEvent> all = events();
    return all.subList(mark, all.size());
  }

  /** How many delivery jobs wait, due or not. */
  public int queueSize() {
    return adapters.deliveryQueue().size();
  }

  // ---- threads ----

  public MessageThread createThread(OrganizationId organization, Channel channel, String identifier) {
    var result = core.createThread()
        .create(new CreateThreadUseCase.Command(organization, channel, identifier, false, Optional.empty()));
    return expect(result, CreateThreadUseCase.Result.Created.class).thread();
  }

  /** A WhatsApp thread we started: the candidate never wrote, so its service window is closed. */
  public MessageThread whatsappThread(OrganizationId organization) {
    return createThread(organization, Channel.WHATSAPP, PHONE);
  }

  public MessageThread smsThread(OrganizationId organization) {
    return createThread(organization, Channel.SMS, PHONE);
  }

  public MessageThread emailThread(OrganizationId organization) {
    return createThread(organization, Channel.EMAIL, EMAIL);
  }

  /** The candidate writes on WhatsApp now, which creates the thread and opens its 24-hour window. */
  public MessageThread whatsappThreadWithOpenWindow(OrganizationId organization) {
    return candidateWrites(organization, Channel.WHATSAPP, PHONE, Optional.empty()).thread();
  }

  /** Records an inbound text from {@code from}, received now. */
  public RecordInboundMessageUseCase.Result.Recorded candidateWrites(
      OrganizationId organization, Channel channel, String from, Optional<String> providerMessageId) {
    var result = core.recordInboundMessage().record(inbound(organization, channel, from, providerMessageId));
    return expect(result, RecordInboundMessageUseCase.Result.Recorded.class);
  }

  public RecordInboundMessageUseCase.Command inbound(
      OrganizationId organization, Channel channel, String from, Optional<String> providerMessageId) {
    return new RecordInboundMessageUseCase.Command(
        organization,
        channel,
        from,
        CANDIDATE_NAME,
        new TextPayload("Hi, I saw your vacancy."),
        EmailHeaders.NONE,
        providerMessageId,
        clock.instant());
  }

  public MessageThread storedThread(MessageThread thread) {
    return adapters.threads().findById(thread.organizationId(), thread.id()).orElseThrow(
        () -> new AssertionError("thread " + thread.id() + " is not stored"));
  }

  // ---- messages ----

  public Message send(MessageThread thread, MessagePayload payload) {
    var result = core.sendMessage().send(SendMessageUseCase.Command.of(thread.organizationId(), thread.id(), SEND_BY, payload));
    return expect(result, SendMessageUseCase.Result.Accepted.class).message();
  }

  public Message sendText(MessageThread thread, String text) {
    return send(thread, new TextPayload(text));
  }

  public Message storedMessage(Message message) {
    return adapters.messages().findById(message.organizationId(), message.id()).orElseThrow(
        () -> new AssertionError("message " + message.id() + " is not stored"));
  }

  // ---- templates ----

  public MessageTemplate createTemplate(
      OrganizationId organization, String name, String language, TemplateStatus status, TemplateComponent... components) {
    var result = core.createTemplate().create(new CreateTemplateUseCase.Command(
        organization, name, language, TemplateCategory.UTILITY, List.of(components), status));
    return expect(result, CreateTemplateUseCase.Result.Created.class).template();
  }

  /** An approved template whose body ({@link #TEMPLATE_BODY}) expects two parameters. */
  public MessageTemplate approvedTemplate(OrganizationId organization) {
    return createTemplate(organization, "interview_invite", "en", TemplateStatus.APPROVED, body(TEMPLATE_BODY));
  }

  public static TemplateComponent body(String text) {
    return new TemplateComponent(ComponentType.BODY, text);
  }

  /** Narrows a use case's result to the type the test expects, or fails with what it was instead. */
  public static <R> R expect(Object result, Class<R> expected) {
    if (!expected.isInstance(result)) {
      throw new AssertionError("expected " + expected.getSimpleName() + " but was " + result);
    }
    return expected.cast(result);
  }
}
