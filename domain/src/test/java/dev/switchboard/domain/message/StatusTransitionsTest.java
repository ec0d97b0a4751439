package dev.switchboard.domain.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.message.StatusTransitions.Outcome;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class StatusTransitionsTest {

  private static final String REASON = "131026 message undeliverable";

  /**
   * The table of the {@link StatusTransitions} javadoc, cell by cell, with nothing recorded yet. "-" is unchanged,
   * "failed + reason" moves to failed and records the reason, "reason recorded" keeps the status and records it.
   */
  private static final String TABLE =
      """
      # current | update    | whatsapp and sms | email
      accepted  | sent      | sent             | sent
      accepted  | delivered | delivered        | delivered
      accepted  | read      | read             | read
      accepted  | failed    | failed + reason  | failed + reason
      sent      | sent      | -                | -
      sent      | delivered | delivered        | delivered
      sent      | read      | read             | read
      sent      | failed    | failed + reason  | failed + reason
      delivered | sent      | -                | -
      delivered | delivered | -                | -
      delivered | read      | read             | read
      delivered | failed    | reason recorded  | failed + reason
      read      | sent      | -                | -
      read      | delivered | -                | -
      read      | read      | -                | -
      read      | failed    | reason recorded  | reason recorded
      failed    | sent      | -                | -
      failed    | delivered | -                | -
      failed    | read      | -                | -
      failed    | failed    | reason recorded  | reason recorded
      received  | sent      | -                | -
      received  | delivered | -                | -
      received  | read      | -                | -
      received  | failed    | -                | -
      """;

  @ParameterizedTest(name = "{0} + {1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = TABLE)
  void whatsapp_apply_followsTheTable(String current, String update, String phoneChannels, String email) {

    Outcome outcome = StatusTransitions.apply(Channel.WHATSAPP, status(current), List.of(), update(update));

    assertThat(outcome).isEqualTo(outcome(phoneChannels));
  }

  @ParameterizedTest(name = "{0} + {1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = TABLE)
  void sms_apply_followsTheTable(String current, String update, String phoneChannels, String email) {

    Outcome outcome = StatusTransitions.apply(Channel.SMS, status(current), List.of(), update(update));

    assertThat(outcome).isEqualTo(outcome(phoneChannels));
  }

  @ParameterizedTest(name = "{0} + {1} -> {3}")
  @CsvSource(delimiter = '|', textBlock = TABLE)
  void email_apply_followsTheTable(String current, String update, String phoneChannels, String email) {

    Outcome outcome = StatusTransitions.apply(Channel.EMAIL, status(current), List.of(), update(update));

    assertThat(outcome).isEqualTo(outcome(email));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource({
    "sent,      WHATSAPP", "delivered, WHATSAPP", "read, WHATSAPP",
    "sent,      SMS", "delivered, SMS", "read, SMS",
    "sent,      EMAIL", "delivered, EMAIL", "read, EMAIL"
  })
  void givenStatusReached_sameUpdateAgain_changesNothing(String update, Channel channel) {
    DeliveryStatus reached = status(update);

    Outcome outcome = StatusTransitions.apply(channel, reached, List.of(), update(update));

    assertThat(outcome).isEqualTo(new Outcome.Unchanged());
  }

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource({
    "FAILED,    WHATSAPP", "FAILED,    SMS", "FAILED,    EMAIL",
    "DELIVERED, WHATSAPP", "DELIVERED, SMS",
    "READ,      WHATSAPP", "READ,      SMS", "READ,      EMAIL"
  })
  void givenReasonAlreadyRecorded_sameFailureAgain_changesNothing(DeliveryStatus current, Channel channel) {

    Outcome outcome = StatusTransitions.apply(channel, current, List.of(REASON), StatusUpdate.failed(REASON));

    assertThat(outcome).isEqualTo(new Outcome.Unchanged());
  }

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource({"accepted, WHATSAPP", "sent, SMS", "delivered, EMAIL"})
  void givenReasonAlreadyRecorded_failureWhileInFlight_movesToFailedWithoutRecordingItTwice(
      String current, Channel channel) {

    Outcome outcome = StatusTransitions.apply(channel, status(current), List.of(REASON), StatusUpdate.failed(REASON));

    assertThat(outcome).isEqualTo(new Outcome.Moved(DeliveryStatus.FAILED, Optional.empty()));
  }

  @ParameterizedTest
  @EnumSource(Channel.class)
  void givenFailed_failureWithNewReason_recordsIt(Channel channel) {

    Outcome outcome =
        StatusTransitions.apply(channel, DeliveryStatus.FAILED, List.of(REASON), StatusUpdate.failed("blocked"));

    assertThat(outcome).isEqualTo(new Outcome.ErrorRecorded("blocked"));
  }

  @Test
  void givenOtherReasonsRecorded_failureWhileInFlight_recordsTheNewReason() {

    Outcome outcome =
        StatusTransitions.apply(Channel.SMS, DeliveryStatus.SENT, List.of("retrying"), StatusUpdate.failed(REASON));

    assertThat(outcome).isEqualTo(new Outcome.Moved(DeliveryStatus.FAILED, Optional.of(REASON)));
  }

  @Test
  void received_failure_isIgnoredEvenWithANewReason() {

    Outcome outcome =
        StatusTransitions.apply(Channel.EMAIL, DeliveryStatus.RECEIVED, List.of(), StatusUpdate.failed(REASON));

    assertThat(outcome).isEqualTo(new Outcome.Unchanged());
  }

  @Test
  void apply_refusesNullChannel() {

    assertThatThrownBy(() -> StatusTransitions.apply(null, DeliveryStatus.SENT, List.of(), StatusUpdate.READ))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("channel");
  }

  @Test
  void apply_refusesNullCurrentStatus() {

    assertThatThrownBy(() -> StatusTransitions.apply(Channel.SMS, null, List.of(), StatusUpdate.READ))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("current");
  }

  @Test
  void apply_refusesNullUpdate() {

    assertThatThrownBy(() -> StatusTransitions.apply(Channel.SMS, DeliveryStatus.SENT, List.of(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("update");
  }

  private static DeliveryStatus status(String wireName) {
    return DeliveryStatus.fromWireName(wireName).orElseThrow();
  }

  private static StatusUpdate update(String name) {
    return switch (name) {
      case "sent" -> StatusUpdate.SENT;
      case "delivered" -> StatusUpdate.DELIVERED;
      case "read" -> StatusUpdate.READ;
      case "failed" -> StatusUpdate.failed(REASON);
      default -> throw new IllegalArgumentException(name);
    };
  }

  private static Outcome outcome(String cell) {
    return switch (cell) {
      case "-" -> new Outcome.Unchanged();
      case "failed + reason" -> new Outcome.Moved(DeliveryStatus.FAILED, Optional.of(REASON));
      case "reason recorded" -> new Outcome.ErrorRecorded(REASON);
      default -> new Outcome.Moved(status(cell), Optional.empty());
    };
  }
}
