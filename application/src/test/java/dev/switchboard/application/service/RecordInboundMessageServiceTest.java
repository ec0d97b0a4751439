package dev.switchboard.application.service;

import static dev.switchboard.application.testing.MessagingFixture.PHONE;
import static dev.switchboard.application.testing.MessagingFixture.PHONE_CANONICAL;
import static dev.switchboard.application.testing.MessagingFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.switchboard.application.port.in.RecordInboundMessageUseCase.Command;
import dev.switchboard.application.port.in.RecordInboundMessageUseCase.Result;
import dev.switchboard.application.port.in.SendMessageUseCase;
import dev.switchboard.application.port.out.ChangeEvent;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.testing.MessagingFixture;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.channel.EmailAddress;
import dev.switchboard.domain.message.DeliveryStatus;
import dev.switchboard.domain.message.EmailHeaders;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.Origin;
import dev.switchboard.domain.message.TextPayload;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.testing.Ids;
import dev.switchboard.domain.thread.MessageThread;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordInboundMessageServiceTest {

  private static final OrganizationId ORGANIZATION = Ids.ORGANIZATION;

  private final MessagingFixture fixture = MessagingFixture.create();

  private Result record(Channel channel, String from, Optional<String> providerMessageId, Instant receivedAt) {
    return fixture.core().recordInboundMessage().record(new Command(
        ORGANIZATION, channel, from, "Jane Doe", new TextPayload("Is the job still open?"), EmailHeaders.NONE,
        providerMessageId, receivedAt));
  }

  private Result recordWhatsapp(Optional<String> providerMessageId) {
    return record(Channel.WHATSAPP, PHONE, providerMessageId, fixture.now());
  }

  private long storedMessages() {
    return fixture.adapters().messages().list(ORGANIZATION, ListQuery.firstPage()).totals().orElseThrow().total();
  }

  private long storedThreads() {
    return fixture.adapters().threads().list(ORGANIZATION, ListQuery.firstPage()).totals().orElseThrow().total();
  }

  private SendMessageUseCase.Result sendText(MessageThread thread) {
    return fixture.core().sendMessage()
        .send(SendMessageUseCase.Command.of(ORGANIZATION, thread.id(), "rita", new TextPayload("Yes it is!")));
  }

  @Test
  void givenUnknownSender_record_createsTheThreadWithTheParsedNumber() {
    Result result = recordWhatsapp(Optional.of("wamid.in.1"));

    var recorded = expect(result, Result.Recorded.class);
    MessageThread thread = fixture.storedThread(recorded.thread());
    assertThat(thread).isEqualTo(recorded.thread());
    assertThat(thread.identifier().value()).isEqualTo(PHONE_CANONICAL);
    assertThat(thread.channel()).isEqualTo(Channel.WHATSAPP);
    assertThat(thread.lastInboundAt()).contains(fixture.now());
    assertThat(thread.serviceWindowExpiresAt()).contains(fixture.now().plus(Duration.ofHours(24)));
  }

  @Test
  void givenUnknownSender_record_storesTheMessageAsReceived() {
    Instant receivedAt = fixture.now().minusSeconds(3);

    Result result = record(Channel.WHATSAPP, PHONE, Optional.of("wamid.in.1"), receivedAt);

    var recorded = expect(result, Result.Recorded.class);
    Message stored = fixture.storedMessage(recorded.message());
    assertThat(stored.threadId()).isEqualTo(recorded.thread().id());
    assertThat(stored.origin()).isEqualTo(Origin.INBOUND);
    assertThat(stored.deliveryStatus()).isEqualTo(DeliveryStatus.RECEIVED);
    assertThat(stored.sendBy()).isEqualTo("Jane Doe");
    assertThat(stored.providerMessageId()).contains("wamid.in.1");
    assertThat(stored.createdAt()).isEqualTo(receivedAt);
  }

  @Test
  void givenUnknownSender_record_recordsThreadAndMessageCreateEvents() {
    Result result = recordWhatsapp(Optional.of("wamid.in.1"));

    var recorded = expect(result, Result.Recorded.class);
    assertThat(fixture.events()).extracting(ChangeEvent::kind, ChangeEvent::resource).containsExactly(
        tuple(ChangeEvent.Kind.CREATE, new ChangeEvent.Resource.ThreadState(recorded.thread())),
        tuple(ChangeEvent.Kind.CREATE, new ChangeEvent.Resource.MessageState(recorded.message())));
  }

  @Test
  void givenUnknownSender_recordThenSendFreeForm_isAccepted() {
    MessageThread thread = expect(recordWhatsapp(Optional.empty()), Result.Recorded.class).thread();
    fixture.clock().advance(Duration.ofHours(3));

    SendMessageUseCase.Result sent = sendText(thread);

    assertThat(sent).isInstanceOf(SendMessageUseCase.Result.Accepted.class);
  }

  @Test
  void givenThreadWeStarted_candidateWrites_opensTheWindowOnTheSameThread() {
    MessageThread started = fixture.whatsappThread(ORGANIZATION);
    SendMessageUseCase.Result beforeWriting = sendText(started);
    int eventsBefore = fixture.events().size();

    Result result = record(Channel.WHATSAPP, "0031612345678", Optional.of("wamid.in.1"), fixture.now());
    SendMessageUseCase.Result afterWriting = sendText(started);

    assertThat(beforeWriting).isInstanceOf(SendMessageUseCase.Result.Rejected.class);
    assertThat(afterWriting).isInstanceOf(SendMessageUseCase.Result.Accepted.class);
    assertThat(expect(result, Result.Recorded.class).thread().id()).isEqualTo(started.id());
    assertThat(storedThreads()).isEqualTo(1);
    assertThat(fixture.eventsSince(eventsBefore)).first().satisfies(event -> {
      assertThat(event.kind()).isEqualTo(ChangeEvent.Kind.UPDATE);
      assertThat(event.changedFields()).containsExactly("serviceWindowExpiresAt");
    });
  }

  @Test
  void givenRecordedMessage_recordTheSameProviderIdAgain_isDuplicateAndStoresOneMessage() {
    Message first = expect(recordWhatsapp(Optional.of("wamid.in.1")), Result.Recorded.class).message();
    int eventsBefore = fixture.events().size();
    fixture.clock().advance(Duration.ofSeconds(30));

    Result result = recordWhatsapp(Optional.of("wamid.in.1"));

    assertThat(result).isEqualTo(new Result.Duplicate(first));
    assertThat(storedMessages()).isEqualTo(1);
    assertThat(fixture.eventsSince(eventsBefore)).isEmpty();
  }

  @Test
  void givenRecordedMessage_recordAnotherProviderId_storesASecondMessageOnTheSameThread() {
    Message first = expect(recordWhatsapp(Optional.of("wamid.in.1")), Result.Recorded.class).message();

    Result result = recordWhatsapp(Optional.of("wamid.in.2"));

    assertThat(expect(result, Result.Recorded.class).message().threadId()).isEqualTo(first.threadId());
    assertThat(storedMessages()).isEqualTo(2);
    assertThat(storedThreads()).isEqualTo(1);
  }

  @Test
  void givenProviderIdUsedInAnotherOrganization_record_isRecorded() {
    fixture.candidateWrites(Ids.OTHER_ORGANIZATION, Channel.WHATSAPP, PHONE, Optional.of("wamid.in.1"));

    Result result = recordWhatsapp(Optional.of("wamid.in.1"));

    assertThat(result).isInstanceOf(Result.Recorded.class);
    assertThat(storedMessages()).isEqualTo(1);
  }

  @Test
  void givenNationalNumberAsSender_record_isInvalidSenderAndStoresNothing() {
    Result result = record(Channel.SMS, "0612345678", Optional.of("SM1"), fixture.now());

    assertThat(expect(result, Result.InvalidSender.class).violation().code()).isEqualTo("invalid_phone_number");
    assertThat(storedThreads()).isZero();
    assertThat(storedMessages()).isZero();
    assertThat(fixture.events()).isEmpty();
  }

  @Test
  void givenOpenWindow_recordAnOlderLateMessage_doesNotShortenTheWindow() {
    MessageThread thread = expect(recordWhatsapp(Optional.of("wamid.in.2")), Result.Recorded.class).thread();
    Instant expiresAt = thread.serviceWindowExpiresAt().orElseThrow();

    record(Channel.WHATSAPP, PHONE, Optional.of("wamid.in.1"), fixture.now().minus(Duration.ofHours(2)));

    assertThat(fixture.storedThread(thread).serviceWindowExpiresAt()).contains(expiresAt);
  }

  @Test
  void givenEmailWithHeaders_record_keepsTheHeaders() {
    EmailHeaders headers = new EmailHeaders(
        Optional.of("Re: your vacancy"), List.of(new EmailAddress("friend@example.org")), List.of());

    Result result = fixture.core().recordInboundMessage().record(new Command(
        ORGANIZATION, Channel.EMAIL, "Jane.Doe@Example.com", "Jane Doe", new TextPayload("Hello"), headers,
        Optional.of("<abc@mail.example.com>"), fixture.now()));

    var recorded = expect(result, Result.Recorded.class);
    assertThat(fixture.storedMessage(recorded.message()).emailHeaders()).isEqualTo(headers);
    assertThat(recorded.thread().identifier().value()).isEqualTo("Jane.Doe@example.com");
    assertThat(recorded.thread().serviceWindowExpiresAt()).isEmpty();
  }

  @Test
  void givenWhatsappMessageWithEmailHeaders_record_dropsTheHeaders() {
    EmailHeaders headers = new EmailHeaders(Optional.of("ignored"), List.of(), List.of());

    Result result = fixture.core().recordInboundMessage().record(new Command(
        ORGANIZATION, Channel.WHATSAPP, PHONE, "Jane Doe", new TextPayload("Hello"), headers,
        Optional.empty(), fixture.now()));

    assertThat(expect(result, Result.Recorded.class).message().emailHeaders()).isEqualTo(EmailHeaders.NONE);
  }
}
