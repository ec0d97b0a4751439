package dev.switchboard.application.service;

import static dev.switchboard.application.testing.FakeChannelGateway.accepted;
import static dev.switchboard.application.testing.MessagingFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.in.RecordStatusUpdateUseCase.Command;
import dev.switchboard.application.port.in.RecordStatusUpdateUseCase.Result;
import dev.switchboard.application.port.out.ChangeEvent;
import dev.switchboard.application.testing.MessagingFixture;
import dev.switchboard.domain.message.DeliveryStatus;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.StatusTransitions;
import dev.switchboard.domain.message.StatusUpdate;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.testing.Ids;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordStatusUpdateServiceTest {

  private static final OrganizationId ORGANIZATION = Ids.ORGANIZATION;
  private static final String PROVIDER_ID = "wamid.out.1";

  private final MessagingFixture fixture = MessagingFixture.create();
  private final Message message = sentMessage();

  /** A WhatsApp text the provider took under {@link #PROVIDER_ID}. */
  private Message sentMessage() {
    Message accepted = fixture.sendText(fixture.whatsappThreadWithOpenWindow(ORGANIZATION), "Can you come at 10?");
    fixture.gateway().willAnswer(accepted(PROVIDER_ID));
    fixture.core().dispatchDeliveries().dispatchDue();
    return fixture.storedMessage(accepted);
  }

  private Result report(StatusUpdate update) {
    return report(ORGANIZATION, update);
  }

  private Result report(OrganizationId organization, StatusUpdate update) {
    fixture.clock().advance(Duration.ofSeconds(10));
    return fixture.core().recordStatusUpdate().record(new Command(organization, PROVIDER_ID, update));
  }

  @Test
  void givenSentMessage_delivered_movesItToDelivered() {
    Result result = report(StatusUpdate.DELIVERED);

    var applied = expect(result, Result.Applied.class);
    assertThat(applied.outcome()).isEqualTo(new StatusTransitions.Outcome.Moved(DeliveryStatus.DELIVERED, Optional.empty()));
    assertThat(fixture.storedMessage(message).deliveryStatus()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(fixture.storedMessage(message).updatedAt()).isEqualTo(fixture.now());
  }

  @Test
  void givenSentMessage_delivered_recordsUpdateEventListingTheStatus() {
    int eventsBefore = fixture.events().size();

    Result result = report(StatusUpdate.DELIVERED);

    Message after = expect(result, Result.Applied.class).message();
    assertThat(fixture.eventsSince(eventsBefore)).singleElement().satisfies(event -> {
      assertThat(event.kind()).isEqualTo(ChangeEvent.Kind.UPDATE);
      assertThat(event.changedFields()).containsExactly("deliveryStatus");
      assertThat(event.resource()).isEqualTo(new ChangeEvent.Resource.MessageState(after));
    });
  }

  @Test
  void givenDeliveredMessage_read_movesItToRead() {
    report(StatusUpdate.DELIVERED);

    report(StatusUpdate.READ);

    assertThat(fixture.storedMessage(message).deliveryStatus()).isEqualTo(DeliveryStatus.READ);
  }

  @Test
  void givenReadMessage_lateDelivered_changesNothingAndRecordsNoEvent() {
    report(StatusUpdate.DELIVERED);
    report(StatusUpdate.READ);
    Message read = fixture.storedMessage(message);
    int eventsBefore = fixture.events().size();

    Result result = report(StatusUpdate.DELIVERED);

    assertThat(expect(result, Result.Applied.class).outcome()).isInstanceOf(StatusTransitions.Outcome.Unchanged.class);
    assertThat(fixture.storedMessage(message)).isEqualTo(read);
    assertThat(fixture.eventsSince(eventsBefore)).isEmpty();
  }

  @Test
  void givenSentMessage_readBeforeDelivered_skipsStraightToRead() {
    Result result = report(StatusUpdate.READ);

    assertThat(expect(result, Result.Applied.class).message().deliveryStatus()).isEqualTo(DeliveryStatus.READ);
    assertThat(fixture.storedMessage(message).deliveryStatus()).isEqualTo(DeliveryStatus.READ);
  }

  @Test
  void givenSentMessage_failed_movesItToFailedWithTheReason() {
    int eventsBefore = fixture.events().size();

    report(StatusUpdate.failed("131026 message undeliverable"));

    Message stored = fixture.storedMessage(message);
    assertThat(stored.deliveryStatus()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(stored.errorMessages()).containsExactly("131026 message undeliverable");
    assertThat(fixture.eventsSince(eventsBefore)).singleElement()
        .satisfies(event -> assertThat(event.changedFields()).containsExactly("deliveryStatus", "errorMessages"));
  }

  @Test
  void givenReadMessage_failed_keepsReadAndRecordsTheReason() {
    report(StatusUpdate.READ);

    Result result = report(StatusUpdate.failed("131047 re-engagement message"));

    assertThat(expect(result, Result.Applied.class).outcome())
        .isEqualTo(new StatusTransitions.Outcome.ErrorRecorded("131047 re-engagement message"));
    Message stored = fixture.storedMessage(message);
    assertThat(stored.deliveryStatus()).isEqualTo(DeliveryStatus.READ);
    assertThat(stored.errorMessages()).containsExactly("131047 re-engagement message");
  }

  @Test
  void givenFailedMessage_sameFailureAgain_recordsNothingTwice() {
    report(StatusUpdate.failed("131026 message undeliverable"));
    Message failed = fixture.storedMessage(message);
    int eventsBefore = fixture.events().size();

    report(StatusUpdate.failed("131026 message undeliverable"));

    assertThat(fixture.storedMessage(message)).isEqualTo(failed);
    assertThat(fixture.eventsSince(eventsBefore)).isEmpty();
  }

  @Test
  void givenUnknownProviderId_report_isMessageNotFound() {
    int eventsBefore = fixture.events().size();

    Result result = fixture.core().recordStatusUpdate()
        .record(new Command(ORGANIZATION, "wamid.unknown", StatusUpdate.DELIVERED));

    assertThat(result).isEqualTo(new Result.MessageNotFound());
    assertThat(fixture.eventsSince(eventsBefore)).isEmpty();
  }

  @Test
  void givenMessageOfAnotherOrganization_report_isMessageNotFoundAndLeavesItAlone() {
    int eventsBefore = fixture.events().size();

    Result result = report(Ids.OTHER_ORGANIZATION, StatusUpdate.failed("spoofed"));

    assertThat(result).isEqualTo(new Result.MessageNotFound());
    assertThat(fixture.storedMessage(message)).isEqualTo(message);
    assertThat(fixture.eventsSince(eventsBefore)).isEmpty();
  }

  @Test
  void givenAcceptedMessageWithoutProviderId_report_cannotFindIt() {
    fixture.sendText(fixture.smsThread(ORGANIZATION), "Not sent yet");

    Result result = fixture.core().recordStatusUpdate()
        .record(new Command(ORGANIZATION, "SM-not-yet-known", StatusUpdate.SENT));

    assertThat(result).isEqualTo(new Result.MessageNotFound());
  }
}
