package dev.switchboard.domain.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.testing.Identifiers;
import dev.switchboard.domain.testing.Ids;
import dev.switchboard.domain.testing.Messages;
import dev.switchboard.domain.testing.Payloads;
import dev.switchboard.domain.testing.Threads;
import dev.switchboard.domain.testing.Times;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MessageTest {

  private static final Instant LATER = Times.minutesLater(5);

  // accept

  @Test
  void accept_storesAnAcceptedOutboundMessageWithoutProviderIdOrErrors() {

    Message message = accept(Channel.WHATSAPP, EmailHeaders.NONE);

    assertThat(message.origin()).isEqualTo(Origin.OUTBOUND);
    assertThat(message.deliveryStatus()).isEqualTo(DeliveryStatus.ACCEPTED);
    assertThat(message.errorMessages()).isEmpty();
    assertThat(message.providerMessageId()).isEmpty();
  }

  @Test
  void accept_keepsWhatItWasGiven() {

    Message message = accept(Channel.SMS, EmailHeaders.NONE);

    assertThat(message.id()).isEqualTo(Ids.MESSAGE);
    assertThat(message.organizationId()).isEqualTo(Ids.ORGANIZATION);
    assertThat(message.threadId()).isEqualTo(Ids.THREAD);
    assertThat(message.channel()).isEqualTo(Channel.SMS);
    assertThat(message.sendBy()).isEqualTo(Messages.SEND_BY);
    assertThat(message.payload()).isEqualTo(Payloads.text());
    assertThat(message.emailHeaders()).isEqualTo(EmailHeaders.NONE);
  }

  @Test
  void accept_setsCreatedAndUpdatedToNow() {

    Message message = accept(Channel.WHATSAPP, EmailHeaders.NONE);

    assertThat(message.createdAt()).isEqualTo(Times.NOW);
    assertThat(message.updatedAt()).isEqualTo(Times.NOW);
  }

  @Test
  void givenEmail_accept_keepsSubjectAndRecipients() {

    Message message = accept(Channel.EMAIL, Messages.EMAIL_HEADERS);

    assertThat(message.emailHeaders().subject()).contains(Messages.SUBJECT);
    assertThat(message.emailHeaders().cc()).containsExactly(Identifiers.CC_EMAIL);
  }

  @ParameterizedTest
  @EnumSource(value = Channel.class, names = {"WHATSAPP", "SMS"})
  void givenPhoneChannel_acceptWithEmailHeaders_throws(Channel channel) {

    assertThatThrownBy(() -> accept(channel, Messages.EMAIL_HEADERS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only email messages carry a subject, cc or bcc");
  }

  @Test
  void givenPhoneChannel_acceptWithAnEmptySubject_throws() {
    EmailHeaders emptySubject = new EmailHeaders(Optional.of(""), List.of(), List.of());

    assertThatThrownBy(() -> accept(Channel.SMS, emptySubject)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void accept_refusesNullPayload() {

    assertThatThrownBy(
            () ->
                Message.accept(
                    Ids.MESSAGE,
                    Ids.ORGANIZATION,
                    Ids.THREAD,
                    Channel.SMS,
                    Messages.SEND_BY,
                    null,
                    EmailHeaders.NONE,
                    Times.NOW))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("payload");
  }

  // receive

  @Test
  void receive_storesAReceivedInboundMessage() {

    Message message = receive(Channel.WHATSAPP, EmailHeaders.NONE);

    assertThat(message.origin()).isEqualTo(Origin.INBOUND);
    assertThat(message.deliveryStatus()).isEqualTo(DeliveryStatus.RECEIVED);
  }

  @Test
  void receive_keepsTheProviderIdAndTheReceptionTime() {

    Message message = receive(Channel.WHATSAPP, EmailHeaders.NONE);

    assertThat(message.providerMessageId()).contains(Messages.INBOUND_PROVIDER_ID);
    assertThat(message.createdAt()).isEqualTo(Times.hoursAgo(1));
    assertThat(message.updatedAt()).isEqualTo(Times.hoursAgo(1));
  }

  @Test
  void receive_isNotEditable() {

    Message message = receive(Channel.SMS, EmailHeaders.NONE);

    assertThat(message.isEditable()).isFalse();
  }

  @Test
  void givenEmail_receive_keepsTheSubject() {

    Message message = receive(Channel.EMAIL, Messages.EMAIL_HEADERS);

    assertThat(message.emailHeaders()).isEqualTo(Messages.EMAIL_HEADERS);
  }

  @Test
  void givenWhatsapp_receiveWithEmailHeaders_throws() {

    assertThatThrownBy(() -> receive(Channel.WHATSAPP, Messages.EMAIL_HEADERS))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // rehydrate

  @Test
  void rehydrate_rebuildsEveryField() {

    Message message =
        rehydrate(Channel.EMAIL, Origin.OUTBOUND, DeliveryStatus.FAILED, Messages.EMAIL_HEADERS);

    assertThat(message.channel()).isEqualTo(Channel.EMAIL);
    assertThat(message.origin()).isEqualTo(Origin.OUTBOUND);
    assertThat(message.deliveryStatus()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(message.emailHeaders()).isEqualTo(Messages.EMAIL_HEADERS);
    assertThat(message.errorMessages()).containsExactly("bounced");
    assertThat(message.providerMessageId()).contains(Messages.PROVIDER_ID);
    assertThat(message.createdAt()).isEqualTo(Times.NOW);
    assertThat(message.updatedAt()).isEqualTo(LATER);
  }

  @ParameterizedTest(name = "{0} {1}: allowed={2}")
  @CsvSource({
    "OUTBOUND, ACCEPTED,  true",
    "OUTBOUND, SENT,      true",
    "OUTBOUND, DELIVERED, true",
    "OUTBOUND, READ,      true",
    "OUTBOUND, FAILED,    true",
    "OUTBOUND, RECEIVED,  false",
    "INBOUND,  RECEIVED,  true",
    "INBOUND,  ACCEPTED,  false",
    "INBOUND,  SENT,      false",
    "INBOUND,  DELIVERED, false",
    "INBOUND,  READ,      false",
    "INBOUND,  FAILED,    false"
  })
  void rehydrate_allowsReceivedExactlyForInbound(Origin origin, DeliveryStatus status, boolean allowed) {

    boolean built = builds(() -> rehydrate(Channel.SMS, origin, status, EmailHeaders.NONE));

    assertThat(built).isEqualTo(allowed);
  }

  @ParameterizedTest(name = "{0}: allowed={1}")
  @CsvSource({"WHATSAPP, false", "SMS, false", "EMAIL, true"})
  void rehydrate_allowsEmailHeadersOnlyOnEmail(Channel channel, boolean allowed) {

    boolean built = builds(() -> rehydrate(channel, Origin.INBOUND, DeliveryStatus.RECEIVED, Messages.EMAIL_HEADERS));

    assertThat(built).isEqualTo(allowed);
  }

  @Test
  void rehydrate_copiesTheErrorList() {
    List<String> errors = new ArrayList<>(List.of("first"));
    Message message =
        Message.rehydrate(
            Ids.MESSAGE,
            Ids.ORGANIZATION,
            Ids.THREAD,
            Channel.SMS,
            Origin.OUTBOUND,
            Messages.SEND_BY,
            Payloads.text(),
            EmailHeaders.NONE,
            DeliveryStatus.FAILED,
            errors,
            Optional.empty(),
            Times.NOW,
            Times.NOW);

    errors.add("second");

    assertThat(message.errorMessages()).containsExactly("first");
  }

  @Test
  void errorMessages_cannotBeModified() {
    Message message = Messages.failed("timeout");

    assertThatThrownBy(() -> message.errorMessages().add("more"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void sameFields_areEqualAndHashAlike() {

    Message first = Messages.delivered();
    Message second = Messages.delivered();

    assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
  }

  @Test
  void differentStatus_areNotEqual() {

    Message sent = Messages.sent();

    assertThat(sent).isNotEqualTo(Messages.delivered());
  }

  // apply

  @Test
  void apply_movesTheStatusForward() {
    Message message = Messages.acceptedOutbound();

    Message.StatusChange change = message.apply(StatusUpdate.DELIVERED, LATER);

    assertThat(change.message().deliveryStatus()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(change.outcome()).isEqualTo(new StatusTransitions.Outcome.Moved(DeliveryStatus.DELIVERED, Optional.empty()));
  }

  @Test
  void apply_movesUpdatedAtButNotCreatedAt() {
    Message message = Messages.acceptedOutbound();

    Message after = message.apply(StatusUpdate.SENT, LATER).message();

    assertThat(after.updatedAt()).isEqualTo(LATER);
    assertThat(after.createdAt()).isEqualTo(Times.NOW);
  }

  @Test
  void givenUpdateTimeBeforeLastUpdate_apply_keepsTheLastUpdate() {
    Message message = Messages.sent();
    Instant lastUpdate = message.updatedAt();

    Message after = message.apply(StatusUpdate.READ, lastUpdate.minusSeconds(30)).message();

    assertThat(after.updatedAt()).isEqualTo(lastUpdate);
  }

  @Test
  void apply_failureMovesToFailedAndRecordsTheReason() {
    Message message = Messages.sent();

    Message after = message.apply(StatusUpdate.failed("timeout"), LATER).message();

    assertThat(after.deliveryStatus()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(after.errorMessages()).containsExactly("timeout");
  }

  @Test
  void givenRead_applyFailure_keepsReadAndAppendsTheReason() {
    Message message = Messages.outbound(Channel.WHATSAPP, DeliveryStatus.READ, List.of("earlier"));

    Message.StatusChange change = message.apply(StatusUpdate.failed("later"), LATER);

    assertThat(change.message().deliveryStatus()).isEqualTo(DeliveryStatus.READ);
    assertThat(change.message().errorMessages()).containsExactly("earlier", "later");
    assertThat(change.message().updatedAt()).isEqualTo(LATER);
  }

  @Test
  void givenDeliveredEmail_applyFailure_bouncesToFailed() {
    Message message = Messages.outbound(Channel.EMAIL, DeliveryStatus.DELIVERED);

    Message after = message.apply(StatusUpdate.failed("550 mailbox unavailable"), LATER).message();

    assertThat(after.deliveryStatus()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(after.errorMessages()).containsExactly("550 mailbox unavailable");
  }

  @Test
  void givenNothingChanges_apply_returnsTheSameMessage() {
    Message message = Messages.delivered();

    Message.StatusChange change = message.apply(StatusUpdate.SENT, LATER);

    assertThat(change.message()).isSameAs(message);
    assertThat(change.message().updatedAt()).isEqualTo(message.updatedAt());
  }

  @Test
  void givenFailed_sameFailureAgain_isUnchanged() {
    Message message = Messages.failed("timeout");

    Message.StatusChange change = message.apply(StatusUpdate.failed("timeout"), LATER);

    assertThat(change.changed()).isFalse();
    assertThat(change.message().errorMessages()).containsExactly("timeout");
  }

  @Test
  void repeatedUpdate_secondTimeChangesNothing() {
    Message once = Messages.acceptedOutbound().apply(StatusUpdate.READ, LATER).message();

    Message.StatusChange twice = once.apply(StatusUpdate.READ, LATER.plusSeconds(1));

    assertThat(twice.changed()).isFalse();
    assertThat(twice.message()).isEqualTo(once);
  }

  @Test
  void givenMove_statusChange_isChanged() {

    Message.StatusChange change = Messages.acceptedOutbound().apply(StatusUpdate.SENT, LATER);

    assertThat(change.changed()).isTrue();
  }

  @Test
  void givenErrorRecorded_statusChange_isChanged() {

    Message.StatusChange change = Messages.failed("timeout").apply(StatusUpdate.failed("blocked"), LATER);

    assertThat(change.changed()).isTrue();
    assertThat(change.message().errorMessages()).containsExactly("timeout", "blocked");
  }

  @Test
  void inbound_applyAnything_changesNothing() {
    Message message = Messages.inbound();

    Message.StatusChange change = message.apply(StatusUpdate.failed("timeout"), LATER);

    assertThat(change.message()).isSameAs(message);
    assertThat(change.changed()).isFalse();
  }

  // withProviderMessageId

  @Test
  void withProviderMessageId_recordsTheIdAndMovesUpdatedAt() {
    Message message = Messages.acceptedOutbound();

    Message after = message.withProviderMessageId("SM123", LATER);

    assertThat(after.providerMessageId()).contains("SM123");
    assertThat(after.updatedAt()).isEqualTo(LATER);
  }

  @Test
  void withProviderMessageId_keepsStatusAndErrors() {
    Message message = Messages.failed("timeout");

    Message after = message.withProviderMessageId("SM123", LATER);

    assertThat(after.deliveryStatus()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(after.errorMessages()).containsExactly("timeout");
  }

  @Test
  void givenSameProviderId_withProviderMessageId_returnsTheSameMessage() {
    Message message = Messages.sent();

    Message after = message.withProviderMessageId(Messages.PROVIDER_ID, LATER);

    assertThat(after).isSameAs(message);
  }

  @Test
  void givenAnotherProviderId_withProviderMessageId_replacesIt() {
    Message message = Messages.sent();

    Message after = message.withProviderMessageId("SM999", LATER);

    assertThat(after.providerMessageId()).contains("SM999");
  }

  @Test
  void withProviderMessageId_refusesNull() {
    Message message = Messages.acceptedOutbound();

    assertThatThrownBy(() -> message.withProviderMessageId(null, LATER)).isInstanceOf(NullPointerException.class);
  }

  // isEditable and edit

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "ACCEPTED,  true",
    "SENT,      false",
    "DELIVERED, false",
    "READ,      false",
    "FAILED,    false"
  })
  void outbound_isEditableOnlyWhileAccepted(DeliveryStatus status, boolean editable) {
    Message message = Messages.outbound(Channel.SMS, status);

    boolean actual = message.isEditable();

    assertThat(actual).isEqualTo(editable);
  }

  @Test
  void edit_replacesAuthorPayloadAndHeaders() {
    Message message = Messages.acceptedOutbound(Channel.EMAIL);

    Message edited = message.edit("recruiter-bob", Payloads.text("Updated text"), Messages.EMAIL_HEADERS, LATER);

    assertThat(edited.sendBy()).isEqualTo("recruiter-bob");
    assertThat(edited.payload()).isEqualTo(Payloads.text("Updated text"));
    assertThat(edited.emailHeaders()).isEqualTo(Messages.EMAIL_HEADERS);
  }

  @Test
  void edit_keepsIdentityStatusAndCreatedAtAndMovesUpdatedAt() {
    Message message = Messages.acceptedOutbound();

    Message edited = message.edit("recruiter-bob", Payloads.image(), EmailHeaders.NONE, LATER);

    assertThat(edited.id()).isEqualTo(message.id());
    assertThat(edited.deliveryStatus()).isEqualTo(DeliveryStatus.ACCEPTED);
    assertThat(edited.createdAt()).isEqualTo(message.createdAt());
    assertThat(edited.updatedAt()).isEqualTo(LATER);
  }

  @Test
  void givenSent_edit_throws() {
    Message message = Messages.sent();

    assertThatThrownBy(() -> message.edit("recruiter-bob", Payloads.text("x"), EmailHeaders.NONE, LATER))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("message " + Ids.MESSAGE + " is sent and cannot be edited");
  }

  @Test
  void givenInbound_edit_throws() {
    Message message = Messages.inbound();

    assertThatThrownBy(() -> message.edit("someone", Payloads.text("x"), EmailHeaders.NONE, LATER))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void givenWhatsapp_editWithEmailHeaders_throws() {
    Message message = Messages.acceptedOutbound();

    assertThatThrownBy(() -> message.edit(Messages.SEND_BY, Payloads.text(), Messages.EMAIL_HEADERS, LATER))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toString_namesIdOriginAndStatus() {

    String text = Messages.inbound().toString();

    assertThat(text).isEqualTo("Message[" + Ids.message(2) + ", inbound, received]");
  }

  private static Message accept(Channel channel, EmailHeaders headers) {
    return Message.accept(
        Ids.MESSAGE, Ids.ORGANIZATION, Ids.THREAD, channel, Messages.SEND_BY, Payloads.text(), headers, Times.NOW);
  }

  private static Message receive(Channel channel, EmailHeaders headers) {
    return Message.receive(
        Ids.message(2),
        Ids.ORGANIZATION,
        Threads.on(channel).id(),
        channel,
        Messages.CANDIDATE,
        Payloads.text("Hello"),
        headers,
        Optional.of(Messages.INBOUND_PROVIDER_ID),
        Times.hoursAgo(1));
  }

  private static Message rehydrate(Channel channel, Origin origin, DeliveryStatus status, EmailHeaders headers) {
    return Message.rehydrate(
        Ids.MESSAGE,
        Ids.ORGANIZATION,
        Ids.THREAD,
        channel,
        origin,
        Messages.SEND_BY,
        Payloads.text(),
        headers,
        status,
        List.of("bounced"),
        Optional.of(Messages.PROVIDER_ID),
        Times.NOW,
        LATER);
  }

  private static boolean builds(Runnable construction) {
    try {
      construction.run();
      return true;
    } catch (IllegalArgumentException refused) {
      return false;
    }
  }
}
