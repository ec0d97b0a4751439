package dev.switchboard.domain.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.channel.Identifier;
import dev.switchboard.domain.testing.Identifiers;
import dev.switchboard.domain.testing.Ids;
import dev.switchboard.domain.testing.Threads;
import dev.switchboard.domain.testing.Times;
import dev.switchboard.domain.thread.MessageThread.CandidateAssignment;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MessageThreadTest {

  /** When the candidate wrote, in the window tests. */
  private static final Instant T = Times.hoursAgo(3);

  // start

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void start_keepsChatbotPausedAsGiven(boolean paused) {

    MessageThread thread =
        MessageThread.start(Ids.THREAD, Ids.ORGANIZATION, Channel.WHATSAPP, Identifiers.PHONE, paused, Times.NOW);

    assertThat(thread.chatbotPaused()).isEqualTo(paused);
  }

  @Test
  void start_hasNoCandidateAndNoInbound() {

    MessageThread thread = start(Channel.SMS, Identifiers.PHONE);

    assertThat(thread.candidateId()).isEmpty();
    assertThat(thread.lastInboundAt()).isEmpty();
  }

  @Test
  void start_keepsWhatItWasGivenAndSetsBothTimesToNow() {

    MessageThread thread = start(Channel.EMAIL, Identifiers.EMAIL);

    assertThat(thread.id()).isEqualTo(Ids.THREAD);
    assertThat(thread.organizationId()).isEqualTo(Ids.ORGANIZATION);
    assertThat(thread.channel()).isEqualTo(Channel.EMAIL);
    assertThat(thread.identifier()).isEqualTo(Identifiers.EMAIL);
    assertThat(thread.createdAt()).isEqualTo(Times.NOW);
    assertThat(thread.updatedAt()).isEqualTo(Times.NOW);
  }

  @Test
  void email_startWithPhoneNumber_throws() {

    assertThatThrownBy(() -> start(Channel.EMAIL, Identifiers.PHONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot address channel email");
  }

  @ParameterizedTest(name = "{0} with an email address")
  @EnumSource(value = Channel.class, names = {"WHATSAPP", "SMS"})
  void phoneChannel_startWithEmailAddress_throws(Channel channel) {

    assertThatThrownBy(() -> start(channel, Identifiers.EMAIL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot address channel " + channel.wireName());
  }

  // rehydrate

  @Test
  void rehydrate_rebuildsEveryField() {

    MessageThread thread =
        MessageThread.rehydrate(
            Ids.THREAD,
            Ids.ORGANIZATION,
            Channel.WHATSAPP,
            Identifiers.PHONE,
            true,
            Optional.of(Ids.CANDIDATE),
            Times.CREATED,
            Times.NOW,
            Optional.of(T));

    assertThat(thread.chatbotPaused()).isTrue();
    assertThat(thread.candidateId()).contains(Ids.CANDIDATE);
    assertThat(thread.createdAt()).isEqualTo(Times.CREATED);
    assertThat(thread.updatedAt()).isEqualTo(Times.NOW);
    assertThat(thread.lastInboundAt()).contains(T);
  }

  @Test
  void rehydrate_refusesUpdatedAtBeforeCreatedAt() {

    assertThatThrownBy(
            () ->
                MessageThread.rehydrate(
                    Ids.THREAD,
                    Ids.ORGANIZATION,
                    Channel.SMS,
                    Identifiers.PHONE,
                    false,
                    Optional.empty(),
                    Times.NOW,
                    Times.hoursAgo(1),
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("updatedAt before createdAt");
  }

  // candidate

  @Test
  void givenNoCandidate_assignCandidate_tiesTheThreadToIt() {
    MessageThread thread = Threads.sms();

    CandidateAssignment assignment = thread.assignCandidate(Ids.CANDIDATE, Times.NOW);

    assertThat(assignment).isInstanceOf(CandidateAssignment.Assigned.class);
    assertThat(((CandidateAssignment.Assigned) assignment).thread().candidateId()).contains(Ids.CANDIDATE);
  }

  @Test
  void givenNoCandidate_assignCandidate_movesUpdatedAt() {
    MessageThread thread = Threads.sms();

    CandidateAssignment assignment = thread.assignCandidate(Ids.CANDIDATE, Times.NOW);

    assertThat(((CandidateAssignment.Assigned) assignment).thread().updatedAt()).isEqualTo(Times.NOW);
  }

  @Test
  void givenSameCandidate_assignCandidate_isAssignedAndUnchanged() {
    MessageThread thread = Threads.withCandidate(Threads.sms(), Ids.CANDIDATE);

    CandidateAssignment assignment = thread.assignCandidate(Ids.CANDIDATE, Times.hoursLater(1));

    assertThat(assignment).isEqualTo(new CandidateAssignment.Assigned(thread));
    assertThat(((CandidateAssignment.Assigned) assignment).thread()).isSameAs(thread);
  }

  @Test
  void givenAnotherCandidate_assignCandidate_isRefusedNamingTheExistingOne() {
    MessageThread thread = Threads.withCandidate(Threads.email(), Ids.CANDIDATE);

    CandidateAssignment assignment = thread.assignCandidate(Ids.OTHER_CANDIDATE, Times.NOW);

    assertThat(assignment).isEqualTo(new CandidateAssignment.AlreadyAssigned(Ids.CANDIDATE));
  }

  @Test
  void assignCandidate_refusesNull() {
    MessageThread thread = Threads.sms();

    assertThatThrownBy(() -> thread.assignCandidate(null, Times.NOW)).isInstanceOf(NullPointerException.class);
  }

  // service window

  @Test
  void givenWhatsappNeverReceived_window_isClosedWithoutExpiry() {

    MessageThread thread = Threads.whatsappNeverReceived();

    assertThat(thread.isServiceWindowOpen(Times.NOW)).isFalse();
    assertThat(thread.serviceWindowExpiresAt()).isEmpty();
  }

  @Test
  void givenWhatsappReceivedAtT_window_expiresAtTPlus24Hours() {

    MessageThread thread = Threads.whatsappNeverReceived().recordInbound(T, T);

    assertThat(thread.serviceWindowExpiresAt()).contains(T.plus(Duration.ofHours(24)));
  }

  @ParameterizedTest(name = "T + {0}: open={1}")
  @CsvSource({
    "PT0S,                  true",
    "PT1H,                  true",
    "PT23H59M59.999999999S, true",
    "PT24H,                 false",
    "PT24H0.000000001S,     false",
    "PT48H,                 false"
  })
  void givenWhatsappReceivedAtT_window_isOpenUntilExactlyTPlus24Hours(Duration sinceInbound, boolean open) {
    MessageThread thread = Threads.whatsappNeverReceived().recordInbound(T, T);

    boolean actual = thread.isServiceWindowOpen(T.plus(sinceInbound));

    assertThat(actual).isEqualTo(open);
  }

  @Test
  void givenWindowOpen_lateOlderInbound_doesNotShortenTheWindow() {
    MessageThread thread = Threads.whatsappNeverReceived().recordInbound(T, T);

    MessageThread after = thread.recordInbound(T.minus(Duration.ofHours(5)), T.plusSeconds(10));

    assertThat(after.lastInboundAt()).contains(T);
    assertThat(after.serviceWindowExpiresAt()).contains(T.plus(Duration.ofHours(24)));
  }

  @Test
  void givenWindowOpen_newerInbound_extendsTheWindow() {
    MessageThread thread = Threads.whatsappNeverReceived().recordInbound(T, T);
    Instant newer = T.plus(Duration.ofHours(20));

    MessageThread after = thread.recordInbound(newer, newer);

    assertThat(after.serviceWindowExpiresAt()).contains(newer.plus(Duration.ofHours(24)));
  }

  @Test
  void givenWindowClosed_inbound_reopensIt() {
    MessageThread thread = Threads.whatsappWithClosedWindow();

    MessageThread after = thread.recordInbound(Times.NOW, Times.NOW);

    assertThat(thread.isServiceWindowOpen(Times.NOW)).isFalse();
    assertThat(after.isServiceWindowOpen(Times.NOW)).isTrue();
  }

  @ParameterizedTest
  @EnumSource(value = Channel.class, names = {"SMS", "EMAIL"})
  void givenChannelWithoutWindow_neverReceived_isAlwaysOpenWithoutExpiry(Channel channel) {

    MessageThread thread = Threads.on(channel);

    assertThat(thread.isServiceWindowOpen(Times.hoursLater(1000))).isTrue();
    assertThat(thread.serviceWindowExpiresAt()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = Channel.class, names = {"SMS", "EMAIL"})
  void givenChannelWithoutWindow_longAfterInbound_isStillOpenWithoutExpiry(Channel channel) {
    MessageThread thread = Threads.on(channel).recordInbound(T, T);

    boolean open = thread.isServiceWindowOpen(T.plus(Duration.ofDays(30)));

    assertThat(open).isTrue();
    assertThat(thread.serviceWindowExpiresAt()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Channel.class)
  void recordInbound_remembersWhenThePersonWrote(Channel channel) {
    MessageThread thread = Threads.on(channel);

    MessageThread after = thread.recordInbound(Times.NOW, Times.NOW);

    assertThat(after.lastInboundAt()).contains(Times.NOW);
  }

  // updatedAt

  @Test
  void recordInbound_movesUpdatedAtToNow() {
    MessageThread thread = Threads.sms();

    MessageThread after = thread.recordInbound(T, Times.NOW);

    assertThat(after.updatedAt()).isEqualTo(Times.NOW);
    assertThat(after.createdAt()).isEqualTo(Times.CREATED);
  }

  @Test
  void givenNowBeforeLastUpdate_change_keepsTheLastUpdate() {
    MessageThread thread = Threads.sms().withChatbotPaused(true, Times.NOW);

    MessageThread after = thread.recordInbound(T, Times.hoursAgo(2));

    assertThat(after.updatedAt()).isEqualTo(Times.NOW);
  }

  @Test
  void givenNowBeforeCreation_change_keepsUpdatedAtAtCreation() {
    MessageThread thread = Threads.sms();

    MessageThread after = thread.withChatbotPaused(true, Times.CREATED.minusSeconds(60));

    assertThat(after.updatedAt()).isEqualTo(Times.CREATED);
  }

  // chatbot and identifier

  @Test
  void withChatbotPaused_changesTheFlagAndMovesUpdatedAt() {
    MessageThread thread = Threads.sms();

    MessageThread after = thread.withChatbotPaused(true, Times.NOW);

    assertThat(after.chatbotPaused()).isTrue();
    assertThat(after.updatedAt()).isEqualTo(Times.NOW);
  }

  @Test
  void givenSameFlag_withChatbotPaused_returnsTheSameThread() {
    MessageThread thread = Threads.sms();

    MessageThread after = thread.withChatbotPaused(false, Times.NOW);

    assertThat(after).isSameAs(thread);
  }

  @Test
  void withIdentifier_movesToTheNewNumber() {
    MessageThread thread = Threads.whatsapp();

    MessageThread after = thread.withIdentifier(Identifiers.OTHER_PHONE, Times.NOW);

    assertThat(after.identifier()).isEqualTo(Identifiers.OTHER_PHONE);
    assertThat(after.updatedAt()).isEqualTo(Times.NOW);
    assertThat(after.lastInboundAt()).isEqualTo(thread.lastInboundAt());
  }

  @Test
  void givenSameIdentifier_withIdentifier_returnsTheSameThread() {
    MessageThread thread = Threads.email();

    MessageThread after = thread.withIdentifier(Identifiers.EMAIL, Times.NOW);

    assertThat(after).isSameAs(thread);
  }

  @Test
  void givenWhatsapp_withEmailIdentifier_throws() {
    MessageThread thread = Threads.whatsapp();
    Identifier email = Identifiers.EMAIL;

    assertThatThrownBy(() -> thread.withIdentifier(email, Times.NOW)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenEmail_withPhoneIdentifier_throws() {
    MessageThread thread = Threads.email();

    assertThatThrownBy(() -> thread.withIdentifier(Identifiers.PHONE, Times.NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // equality

  @Test
  void sameFields_areEqualAndHashAlike() {

    MessageThread first = Threads.whatsapp();
    MessageThread second = Threads.whatsapp();

    assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
  }

  @Test
  void differentCandidate_areNotEqual() {

    MessageThread withCandidate = Threads.withCandidate(Threads.sms(), Ids.CANDIDATE);

    assertThat(withCandidate).isNotEqualTo(Threads.sms());
  }

  @Test
  void toString_namesIdChannelAndIdentifier() {

    String text = Threads.sms().toString();

    assertThat(text).isEqualTo("MessageThread[" + Ids.thread(2) + ", sms, 31612345678]");
  }

  private static MessageThread start(Channel channel, Identifier identifier) {
    return MessageThread.start(Ids.THREAD, Ids.ORGANIZATION, channel, identifier, false, Times.NOW);
  }
}
