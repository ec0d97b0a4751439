package dev.switchboard.application.service;

import static dev.switchboard.application.testing.MessagingFixture.OTHER_PHONE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.in.UpdateThreadUseCase;
import dev.switchboard.application.query.Filter;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.Operator;
import dev.switchboard.application.query.Page;
import dev.switchboard.application.query.PageRequest;
import dev.switchboard.application.query.Sort;
import dev.switchboard.application.query.ThreadFields;
import dev.switchboard.application.testing.MessagingFixture;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.testing.Ids;
import dev.switchboard.domain.thread.MessageThread;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListThreadsServiceTest {

  private static final OrganizationId ORGANIZATION = Ids.ORGANIZATION;

  private final MessagingFixture fixture = MessagingFixture.create();

  private Page<MessageThread> list(ListQuery<MessageThread> query) {
    return fixture.core().listThreads().list(ORGANIZATION, query);
  }

  private void pauseChatbot(MessageThread thread) {
    fixture.core().updateThread().update(new UpdateThreadUseCase.Command(
        ORGANIZATION, thread.id(), Optional.empty(), Optional.of(true), Optional.empty()));
  }

  @Test
  void givenThreadsOnThreeChannels_filterByChannel_listsThatChannelsOnly() {
    MessageThread whatsapp = fixture.whatsappThread(ORGANIZATION);
    fixture.smsThread(ORGANIZATION);
    fixture.emailThread(ORGANIZATION);

    Page<MessageThread> page =
        list(ListQuery.<MessageThread>firstPage().withFilter(Filter.of(ThreadFields.CHANNEL, Operator.EQ, List.of("whatsapp"))));

    assertThat(page.items()).extracting(MessageThread::id).containsExactly(whatsapp.id());
    assertThat(page.totals().orElseThrow().total()).isEqualTo(1);
    assertThat(page.totals().orElseThrow().totalUnfiltered()).isEqualTo(3);
  }

  @Test
  void givenThreadWithCandidate_filterByCandidate_findsIt() {
    MessageThread tied = fixture.whatsappThread(ORGANIZATION);
    fixture.core().updateThread().update(new UpdateThreadUseCase.Command(
        ORGANIZATION, tied.id(), Optional.empty(), Optional.empty(), Optional.of(Ids.CANDIDATE)));
    fixture.smsThread(ORGANIZATION);

    Page<MessageThread> page = list(ListQuery.<MessageThread>firstPage()
        .withFilter(Filter.of(ThreadFields.CANDIDATE_ID, Operator.EQ, List.of(Ids.CANDIDATE.toString()))));

    assertThat(page.items()).extracting(MessageThread::id).containsExactly(tied.id());
  }

  @Test
  void givenPausedAndRunningChatbots_filterPaused_listsThePausedOnes() {
    MessageThread paused = fixture.whatsappThread(ORGANIZATION);
    fixture.createThread(ORGANIZATION, Channel.WHATSAPP, OTHER_PHONE);
    pauseChatbot(paused);

    Page<MessageThread> page = list(ListQuery.<MessageThread>firstPage()
        .withFilter(Filter.of(ThreadFields.CHATBOT_PAUSED, Operator.EQ, List.of("true"))));

    assertThat(page.items()).extracting(MessageThread::id).containsExactly(paused.id());
  }

  @Test
  void givenThreadsOfTwoOrganizations_list_showsOnlyTheCallersThreads() {
    MessageThread own = fixture.smsThread(ORGANIZATION);
    fixture.smsThread(Ids.OTHER_ORGANIZATION);

    Page<MessageThread> page = list(ListQuery.firstPage());

    assertThat(page.items()).containsExactly(own);
    assertThat(page.totals().orElseThrow().totalUnfiltered()).isEqualTo(1);
  }

  @Test
  void givenThreadsUpdatedAtDifferentTimes_sortByUpdatedAtDescending_isMostRecentlyChangedFirst() {
    MessageThread first = fixture.smsThread(ORGANIZATION);
    fixture.clock().advance(Duration.ofMinutes(1));
    MessageThread second = fixture.emailThread(ORGANIZATION);
    fixture.clock().advance(Duration.ofMinutes(1));
    pauseChatbot(first);

    Page<MessageThread> page = list(new ListQuery<>(
        List.of(), List.of(new Sort<>(ThreadFields.UPDATED_AT, true)), new PageRequest.Numbered(1, 10)));

    assertThat(page.items()).extracting(MessageThread::id).containsExactly(first.id(), second.id());
  }

  @Test
  void givenThreads_identifierPrefix_matchesTheCanonicalDigits() {
    MessageThread dutch = fixture.smsThread(ORGANIZATION);
    fixture.createThread(ORGANIZATION, Channel.SMS, "+44 7700 900123");

    Page<MessageThread> page = list(ListQuery.<MessageThread>firstPage()
        .withFilter(Filter.of(ThreadFields.IDENTIFIER, Operator.PREFIX, List.of("316"))));

    assertThat(page.items()).extracting(MessageThread::id).containsExactly(dutch.id());
  }
}
