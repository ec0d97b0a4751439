package dev.switchboard.application.service;

import static dev.switchboard.application.testing.MessagingFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.in.UpdateMessageUseCase.Command;
import dev.switchboard.application.port.in.UpdateMessageUseCase.Result;
import dev.switchboard.application.port.out.ChangeEvent;
import dev.switchboard.application.testing.FakeChannelGateway;
import dev.switchboard.application.testing.MessagingFixture;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.message.DeliveryStatus;
import dev.switchboard.domain.message.MediaPayload;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.MessageId;
import dev.switchboard.domain.message.MessagePayload;
import dev.switchboard.domain.message.TemplatePayload;
import dev.switchboard.domain.message.TextPayload;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.template.TemplateId;
import dev.switchboard.domain.testing.Ids;
import dev.switchboard.domain.thread.MessageThread;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UpdateMessageServiceTest {

  private static final OrganizationId ORGANIZATION = Ids.ORGANIZATION;

  private final MessagingFixture fixture = MessagingFixture.create();

  private Result update(Message message, Optional<String> sendBy, Optional<MessagePayload> payload) {
    return update(ORGANIZATION, message.id(), sendBy, payload);
  }

  private Result update(OrganizationId organization, MessageId id, Optional<String> sendBy, Optional<MessagePayload> payload) {
    return fixture.core().updateMessage().update(new Command(organization, id, sendBy, payload));
  }

  @Test
  void givenAcceptedMessage_editAuthorAndText_storesBoth() {
    Message accepted = fixture.sendText(fixture.smsThread(ORGANIZATION), "Your interview is at 10.");
    fixture.clock().advance(Duration.ofMinutes(2));

    Result result = update(accepted, Optional.of("recruiter-bob"), Optional.of(new TextPayload("Your interview is at 11.")));

    Message updated = expect(result, Result.Updated.class).message();
    Message stored = fixture.storedMessage(accepted);
    assertThat(stored).isEqualTo(updated);
    assertThat(stored.sendBy()).isEqualTo("recruiter-bob");
    assertThat(stored.payload()).isEqualTo(new TextPayload("Your interview is at 11."));
    assertThat(stored.deliveryStatus()).isEqualTo(DeliveryStatus.ACCEPTED);
    assertThat(stored.updatedAt()).isEqualTo(fixture.now());
    assertThat(stored.createdAt()).isEqualTo(accepted.createdAt());
  }

  @Test
  void givenAcceptedMessage_editText_recordsUpdateEventListingThePayload() {
    Message accepted = fixture.sendText(fixture.smsThread(ORGANIZATION), "Your interview is at 10.");
    int eventsBefore = fixture.events().size();

    Result result = update(accepted, Optional.empty(), Optional.of(new TextPayload("Your interview is at 11.")));

    Message updated = expect(result, Result.Updated.class).message();
    assertThat(fixture.eventsSince(eventsBefore)).singleElement().satisfies(event -> {
      assertThat(event.kind()).isEqualTo(ChangeEvent.Kind.UPDATE);
      assertThat(event.changedFields()).containsExactly("payload");
      assertThat(event.resource()).isEqualTo(new ChangeEvent.Resource.MessageState(updated));
    });
  }

  @Test
  void givenAcceptedMessage_editWithTheSameValues_recordsNoEvent() {
    Message accepted = fixture.sendText(fixture.smsThread(ORGANIZATION), "Hello");
    int eventsBefore = fixture.events().size();
    fixture.clock().advance(Duration.ofMinutes(1));

    Result result = update(accepted, Optional.of(accepted.sendBy()), Optional.of(new TextPayload("Hello")));

    assertThat(expect(result, Result.Updated.class).message()).isEqualTo(accepted);
    assertThat(fixture.storedMessage(accepted)).isEqualTo(accepted);
    assertThat(fixture.eventsSince(eventsBefore)).isEmpty();
  }

  @Test
  void givenEditedMessage_dispatch_sendsTheEditedContent() {
    Message accepted = fixture.sendText(fixture.smsThread(ORGANIZATION), "Your interview is at 10.");
    update(accepted, Optional.empty(), Optional.of(new TextPayload("Your interview is at 11.")));

    fixture.core().dispatchDeliveries().dispatchDue();

    assertThat(fixture.gateway().deliveries()).singleElement()
        .satisfies(delivery -> assertThat(delivery.message().payload()).isEqualTo(new TextPayload("Your interview is at 11.")));
  }

  @Test
  void givenSentMessage_edit_isNotEditableAndUnchanged() {
    Message accepted = fixture.sendText(fixture.smsThread(ORGANIZATION), "Hello");
    fixture.core().dispatchDeliveries().dispatchDue();
    Message sent = fixture.storedMessage(accepted);
    int eventsBefore = fixture.events().size();

    Result result = update(accepted, Optional.of("recruiter-bob"), Optional.of(new TextPayload("Bye")));

    assertThat(result).isEqualTo(new Result.NotEditable(DeliveryStatus.SENT));
    assertThat(fixture.storedMessage(accepted)).isEqualTo(sent);
    assertThat(fixture.eventsSince(eventsBefore)).isEmpty();
  }

  @Test
  void givenFailedMessage_edit_isNotEditable() {
    Message accepted = fixture.sendText(fixture.smsThread(ORGANIZATION), "Hello");
    fixture.gateway().willAnswer(FakeChannelGateway.rejected("21211 invalid number"));
    fixture.core().dispatchDeliveries().dispatchDue();

    Result result = update(accepted, Optional.of("recruiter-bob"), Optional.empty());

    assertThat(result).isEqualTo(new Result.NotEditable(DeliveryStatus.FAILED));
  }

  @Test
  void givenInboundMessage_edit_isNotEditable() {
    Message inbound = fixture.candidateWrites(ORGANIZATION, Channel.WHATSAPP, MessagingFixture.PHONE, Optional.empty())
        .message();

    Result result = update(inbound, Optional.of("someone-else"), Optional.empty());

    assertThat(result).isEqualTo(new Result.NotEditable(DeliveryStatus.RECEIVED));
    assertThat(fixture.storedMessage(inbound).sendBy()).isEqualTo(MessagingFixture.CANDIDATE_NAME);
  }

  @Test
  void givenWhatsappWindowClosedSinceAccepting_editText_isRejectedAndUnchanged() {
    MessageThread thread = fixture.whatsappThreadWithOpenWindow(ORGANIZATION);
    fixture.clock().advance(Duration.ofHours(23));
    Message accepted = fixture.sendText(thread, "See you tomorrow");
    fixture.clock().advance(Duration.ofHours(2));
    int eventsBefore = fixture.events().size();

    Result result = update(accepted, Optional.empty(), Optional.of(new TextPayload("See you on Monday")));

    assertThat(expect(result, Result.Rejected.class).violation().code()).isEqualTo("outside_service_window");
    assertThat(fixture.storedMessage(accepted)).isEqualTo(accepted);
    assertThat(fixture.eventsSince(eventsBefore)).isEmpty();
  }

  @Test
  void givenSmsMessage_editToImage_isRejectedMediaNotSupported() {
    Message accepted = fixture.sendText(fixture.smsThread(ORGANIZATION), "Hello");
    MediaPayload image = new MediaPayload(
        MediaPayload.Kind.IMAGE, URI.create("https://cdn.example.com/office.jpg"), Optional.empty(), Optional.empty());

    Result result = update(accepted, Optional.empty(), Optional.of(image));

    assertThat(expect(result, Result.Rejected.class).violation().code()).isEqualTo("media_not_supported");
    assertThat(fixture.storedMessage(accepted).payload()).isEqualTo(new TextPayload("Hello"));
  }

  @Test
  void givenSmsMessage_editTo1601Characters_isRejectedTooLong() {
    Message accepted = fixture.sendText(fixture.smsThread(ORGANIZATION), "Hello");

    Result result = update(accepted, Optional.empty(), Optional.of(new TextPayload("b".repeat(1601))));

    assertThat(expect(result, Result.Rejected.class).violation().code()).isEqualTo("sms_too_long");
  }

  @Test
  void givenAcceptedMessage_editToUnknownTemplate_isTemplateNotFound() {
    Message accepted = fixture.sendText(fixture.smsThread(ORGANIZATION), "Hello");
    TemplateId unknown = new TemplateId(UUID.fromString("00000000-0000-7000-8000-0000000fffff"));

    Result result = update(accepted, Optional.empty(), Optional.of(new TemplatePayload(unknown, List.of())));

    assertThat(result).isEqualTo(new Result.TemplateNotFound(unknown));
    assertThat(fixture.storedMessage(accepted)).isEqualTo(accepted);
  }

  @Test
  void givenMessageOfAnotherOrganization_edit_isNotFoundAndUnchanged() {
    Message foreign = fixture.sendText(fixture.smsThread(Ids.OTHER_ORGANIZATION), "Hello");

    Result result = update(ORGANIZATION, foreign.id(), Optional.of("intruder"), Optional.empty());

    assertThat(result).isEqualTo(new Result.NotFound());
    assertThat(fixture.storedMessage(foreign)).isEqualTo(foreign);
  }

  @Test
  void givenUnknownMessage_edit_isNotFound() {
    MessageId unknown = new MessageId(UUID.fromString("00000000-0000-7000-8000-0000000fffff"));

    Result result = update(ORGANIZATION, unknown, Optional.of("someone"), Optional.empty());

    assertThat(result).isEqualTo(new Result.NotFound());
  }
}
