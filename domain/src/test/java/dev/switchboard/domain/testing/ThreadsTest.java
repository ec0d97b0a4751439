package dev.switchboard.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.thread.MessageThread;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The shared threads are in the states their names promise. */
class ThreadsTest {

  @Test
  void whatsappWithOpenWindow_isOpenNow() {

    MessageThread thread = Threads.whatsappWithOpenWindow();

    assertThat(thread.isServiceWindowOpen(Times.NOW)).isTrue();
  }

  @Test
  void whatsappWithClosedWindow_isClosedNowAfterAnInbound() {

    MessageThread thread = Threads.whatsappWithClosedWindow();

    assertThat(thread.isServiceWindowOpen(Times.NOW)).isFalse();
    assertThat(thread.lastInboundAt()).isPresent();
  }

  @Test
  void whatsappNeverReceived_hasNoInbound() {

    MessageThread thread = Threads.whatsappNeverReceived();

    assertThat(thread.lastInboundAt()).isEmpty();
    assertThat(thread.isServiceWindowOpen(Times.NOW)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Channel.class)
  void on_givesAThreadOfThatChannelWithoutCandidate(Channel channel) {

    MessageThread thread = Threads.on(channel);

    assertThat(thread.channel()).isEqualTo(channel);
    assertThat(thread.candidateId()).isEmpty();
    assertThat(thread.organizationId()).isEqualTo(Ids.ORGANIZATION);
  }

  @Test
  void threadsOfDifferentChannels_haveDifferentIds() {

    MessageThread sms = Threads.sms();

    assertThat(sms.id()).isNotEqualTo(Threads.email().id()).isNotEqualTo(Threads.whatsapp().id());
  }

  @Test
  void withCandidate_tiesTheCandidateAndKeepsTheRest() {
    MessageThread thread = Threads.whatsapp();

    MessageThread withCandidate = Threads.withCandidate(thread, Ids.CANDIDATE);

    assertThat(withCandidate.candidateId()).contains(Ids.CANDIDATE);
    assertThat(withCandidate.lastInboundAt()).isEqualTo(thread.lastInboundAt());
  }
}
