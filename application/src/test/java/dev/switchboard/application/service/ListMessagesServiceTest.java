package dev.switchboard.application.service;

import static dev.switchboard.application.testing.FakeChannelGateway.accepted;
import static dev.switchboard.application.testing.FakeChannelGateway.rejected;
import static dev.switchboard.application.testing.FakeChannelGateway.retryLater;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.in.SendMessageUseCase;
import dev.switchboard.application.query.Cursor;
import dev.switchboard.application.query.Filter;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.MessageFields;
import dev.switchboard.application.query.Operator;
import dev.switchboard.application.query.Page;
import dev.switchboard.application.query.PageRequest;
import dev.switchboard.application.query.Sort;
import dev.switchboard.application.testing.MessagingFixture;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.MessageId;
import dev.switchboard.domain.message.TextPayload;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.testing.Ids;
import dev.switchboard.domain.thread.MessageThread;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ListMessagesServiceTest {

  private static final OrganizationId ORGANIZATION = Ids.ORGANIZATION;
  private static final List<Sort<Message>> OLDEST_FIRST = List.of(new Sort<>(MessageFields.CREATED_AT, false));
  private static final List<Sort<Message>> NEWEST_FIRST = List.of(new Sort<>(MessageFields.CREATED_AT, true));

  private final MessagingFixture fixture = MessagingFixture.create();
  private final MessageThread sms = fixture.smsThread(ORGANIZATION);
  private final MessageThread email = fixture.emailThread(ORGANIZATION);

  /** Sends {@code count} texts to {@code thread}, a minute apart. */
  private List<Message> sendSpaced(MessageThread thread, int count) {
    List<Message> sent = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      fixture.clock().advance(Duration.ofMinutes(1));
      sent.add(fixture.sendText(thread, "Message " + i));
    }
    return sent;
  }

  /** Sends {@code count} texts to {@code thread} without moving the clock: all share one createdAt. */
  private List<Message> sendAtOnce(MessageThread thread, int count) {
    List<Message> sent = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      sent.add(fixture.sendText(thread, "Same time " + i));
    }
    return sent;
  }

  private Page<Message> list(List<Filter<Message>> filters, List<Sort<Message>> sort, PageRequest page) {
    return fixture.core().listMessages().list(ORGANIZATION, new ListQuery<>(filters, sort, page));
  }

  private Page<Message> list(Filter<Message> filter) {
    return list(List.of(filter), OLDEST_FIRST, new PageRequest.Numbered(1, 25));
  }

  private Page<Message> keyset(List<Sort<Message>> sort, Optional<Cursor> cursor, boolean backwards, int size) {
    // Through the cursor's text form, as a client would hand it back.
    Optional<Cursor> decoded = cursor.map(found -> Cursor.decode(found.encode(), sort));
    return list(List.of(), sort, new PageRequest.Keyset(decoded, backwards, size));
  }

  private static List<MessageId> ids(Page<Message> page) {
    return page.items().stream().map(Message::id).toList();
  }

  private static List<MessageId> ids(List<Message> messages) {
    return messages.stream().map(Message::id).toList();
  }

  // ---- get ----

  @Test
  void givenStoredMessage_get_returnsIt() {
    Message sent = fixture.sendText(sms, "Hello");

    Optional<Message> found = fixture.core().getMessage().get(ORGANIZATION, sent.id());

    assertThat(found).contains(sent);
  }

  @Test
  void givenMessageOfAnotherOrganization_get_isEmpty() {
    Message foreign = fixture.sendText(fixture.smsThread(Ids.OTHER_ORGANIZATION), "Hello");

    Optional<Message> found = fixture.core().getMessage().get(ORGANIZATION, foreign.id());

    assertThat(found).isEmpty();
  }

  @Test
  void givenUnknownId_get_isEmpty() {
    Optional<Message> found =
        fixture.core().getMessage().get(ORGANIZATION, new MessageId(UUID.fromString("00000000-0000-7000-8000-0000000fffff")));

    assertThat(found).isEmpty();
  }

  // ---- filters ----

  @Test
  void givenMessagesInTwoThreads_filterByThread_listsThatThreadsOnly() {
    List<Message> smsMessages = sendSpaced(sms, 2);
    sendSpaced(email, 1);

    Page<Message> page = list(Filter.of(MessageFields.MESSAGE_THREAD_ID, Operator.EQ, List.of(sms.id().toString())));

    assertThat(ids(page)).containsExactlyElementsOf(ids(smsMessages));
    assertThat(page.totals().orElseThrow().total()).isEqualTo(2);
    assertThat(page.totals().orElseThrow().totalUnfiltered()).isEqualTo(3);
  }

  @Test
  void givenMessagesOfAnotherOrganization_list_neitherShowsNorCountsThem() {
    List<Message> own = sendSpaced(sms, 2);
    fixture.sendText(fixture.smsThread(Ids.OTHER_ORGANIZATION), "Not yours");

    Page<Message> page = list(List.of(), OLDEST_FIRST, new PageRequest.Numbered(1, 25));

    assertThat(ids(page)).containsExactlyElementsOf(ids(own));
    assertThat(page.totals().orElseThrow().totalUnfiltered()).isEqualTo(2);
  }

  @Test
  void givenSentFailedAndAcceptedMessages_matchSentOrFailed_listsThoseTwo() {
    List<Message> messages = sendSpaced(sms, 3);
    fixture.gateway().willAnswer(accepted("SM1"), rejected("21211 invalid number"), retryLater("HTTP 503"));
    for (int i = 0; i < 3; i++) {
      fixture.core().dispatchDeliveries().dispatchDue(); // one message of the thread at a time
    }

    Page<Message> page = list(Filter.of(MessageFields.DELIVERY_STATUS, Operator.MATCH, List.of("sent", "failed")));

    assertThat(ids(page)).containsExactly(messages.get(0).id(), messages.get(1).id());
    assertThat(page.totals().orElseThrow().total()).isEqualTo(2);
    assertThat(page.totals().orElseThrow().totalUnfiltered()).isEqualTo(3);
  }

  @Test
  void givenMessagesAMinuteApart_createdAtGreaterThan_excludesTheBoundary() {
    List<Message> messages = sendSpaced(sms, 3);
    String secondCreatedAt = messages.get(1).createdAt().toString();

    Page<Message> page = list(Filter.of(MessageFields.CREATED_AT, Operator.GT, List.of(secondCreatedAt)));

    assertThat(ids(page)).containsExactly(messages.get(2).id());
  }

  @Test
  void givenTwoFilters_list_appliesBoth() {
    sendSpaced(sms, 2);
    List<Message> emails = sendSpaced(email, 2);
    fixture.gateway().willAnswer(accepted("SM1"), accepted("SM2"), accepted("EM1"), retryLater("SMTP 421"));
    fixture.core().dispatchDeliveries().dispatchDue();

    Page<Message> page = list(
        List.of(
            Filter.of(MessageFields.MESSAGE_THREAD_ID, Operator.EQ, List.of(email.id().toString())),
            Filter.of(MessageFields.DELIVERY_STATUS, Operator.EQ, List.of("sent"))),
        OLDEST_FIRST,
        new PageRequest.Numbered(1, 25));

    assertThat(ids(page)).containsExactly(emails.get(0).id());
  }

  // ---- sorting ----

  @Test
  void givenMessagesAMinuteApart_listWithoutSort_isOldestFirst() {
    List<Message> messages = sendSpaced(sms, 3);

    Page<Message> page = fixture.core().listMessages().list(ORGANIZATION, ListQuery.firstPage());

    assertThat(ids(page)).containsExactlyElementsOf(ids(messages));
  }

  @Test
  void givenMessagesAMinuteApart_sortCreatedAtDescending_isNewestFirst() {
    List<Message> messages = sendSpaced(sms, 3);

    Page<Message> page = list(List.of(), NEWEST_FIRST, new PageRequest.Numbered(1, 25));

    assertThat(ids(page)).containsExactly(messages.get(2).id(), messages.get(1).id(), messages.get(0).id());
  }

  // ---- numbered pages ----

  @Test
  void givenFiveMessages_firstNumberedPageOfTwo_countsThreePages() {
    List<Message> messages = sendSpaced(sms, 5);

    Page<Message> page = list(List.of(), OLDEST_FIRST, new PageRequest.Numbered(1, 2));

    assertThat(ids(page)).containsExactly(messages.get(0).id(), messages.get(1).id());
    assertThat(page.totals().orElseThrow().total()).isEqualTo(5);
    assertThat(page.totals().orElseThrow().totalUnfiltered()).isEqualTo(5);
    assertThat(page.maxPage()).hasValue(3);
  }

  @Test
  void givenFiveMessages_lastNumberedPageOfTwo_holdsTheRemainder() {
    List<Message> messages = sendSpaced(sms, 5);

    Page<Message> page = list(List.of(), OLDEST_FIRST, new PageRequest.Numbered(3, 2));

    assertThat(ids(page)).containsExactly(messages.get(4).id());
  }

  @Test
  void givenFiveMessages_numberedPagePastTheEnd_isEmptyButKeepsTheTotals() {
    sendSpaced(sms, 5);

    Page<Message> page = list(List.of(), OLDEST_FIRST, new PageRequest.Numbered(4, 2));

    assertThat(page.items()).isEmpty();
    assertThat(page.totals().orElseThrow().total()).isEqualTo(5);
    assertThat(page.maxPage()).hasValue(3);
  }

  @Test
  void givenFilteredListing_numberedPage_countsPagesOfTheFilteredRows() {
    sendSpaced(sms, 3);
    sendSpaced(email, 2);

    Page<Message> page = list(
        List.of(Filter.of(MessageFields.MESSAGE_THREAD_ID, Operator.EQ, List.of(email.id().toString()))),
        OLDEST_FIRST,
        new PageRequest.Numbered(1, 1));

    assertThat(page.totals().orElseThrow().total()).isEqualTo(2);
    assertThat(page.totals().orElseThrow().totalUnfiltered()).isEqualTo(5);
    assertThat(page.maxPage()).hasValue(2);
  }

  @Test
  void givenNoMessages_numberedPage_isEmptyWithOnePage() {
    Page<Message> page = list(List.of(), OLDEST_FIRST, new PageRequest.Numbered(1, 10));

    assertThat(page.items()).isEmpty();
    assertThat(page.totals().orElseThrow().total()).isZero();
    assertThat(page.maxPage()).hasValue(1);
  }

  // ---- keyset pages ----

  @Test
  void givenFiveMessages_firstKeysetPage_hasNextButNoPrevious() {
    List<Message> messages = sendSpaced(sms, 5);

    Page<Message> first = keyset(OLDEST_FIRST, Optional.empty(), false, 2);

    assertThat(ids(first)).containsExactly(messages.get(0).id(), messages.get(1).id());
    assertThat(first.next()).map(Cursor::id).contains(messages.get(1).id().value());
    assertThat(first.previous()).isEmpty();
  }

  @Test
  void givenFiveMessages_followNextCursors_visitsEachMessageOnceInOrder() {
    List<Message> messages = sendSpaced(sms, 5);
    Page<Message> first = keyset(OLDEST_FIRST, Optional.empty(), false, 2);

    Page<Message> second = keyset(OLDEST_FIRST, first.next(), false, 2);
    Page<Message> third = keyset(OLDEST_FIRST, second.next(), false, 2);

    assertThat(ids(second)).containsExactly(messages.get(2).id(), messages.get(3).id());
    assertThat(second.previous()).isPresent();
    assertThat(second.next()).isPresent();
    assertThat(ids(third)).containsExactly(messages.get(4).id());
    assertThat(third.next()).isEmpty();
    assertThat(third.previous()).isPresent();
  }

  @Test
  void givenThirdKeysetPage_pageBeforeItsPreviousCursor_isTheSecondPage() {
    List<Message> messages = sendSpaced(sms, 5);
    Page<Message> second = keyset(OLDEST_FIRST, keyset(OLDEST_FIRST, Optional.empty(), false, 2).next(), false, 2);
    Page<Message> third = keyset(OLDEST_FIRST, second.next(), false, 2);

    Page<Message> back = keyset(OLDEST_FIRST, third.previous(), true, 2);

    assertThat(ids(back)).containsExactly(messages.get(2).id(), messages.get(3).id());
    assertThat(back.next()).isPresent();
    assertThat(back.previous()).isPresent();
  }

  @Test
  void givenSecondKeysetPage_pageBeforeItsPreviousCursor_isTheFirstPageWithoutPrevious() {
    List<Message> messages = sendSpaced(sms, 5);
    Page<Message> second = keyset(OLDEST_FIRST, keyset(OLDEST_FIRST, Optional.empty(), false, 2).next(), false, 2);

    Page<Message> back = keyset(OLDEST_FIRST, second.previous(), true, 2);

    assertThat(ids(back)).containsExactly(messages.get(0).id(), messages.get(1).id());
    assertThat(back.previous()).isEmpty();
    assertThat(back.next()).map(Cursor::id).contains(messages.get(1).id().value());
  }

  @Test
  void givenMessagesSharingOneCreatedAt_followNextCursors_splitsTheTieByIdWithoutLossOrRepeat() {
    List<Message> messages = sendAtOnce(sms, 5);

    List<MessageId> visited = new ArrayList<>();
    Page<Message> page = keyset(OLDEST_FIRST, Optional.empty(), false, 2);
    visited.addAll(ids(page));
    while (page.next().isPresent()) {
      page = keyset(OLDEST_FIRST, page.next(), false, 2);
      visited.addAll(ids(page));
    }

    assertThat(visited).containsExactlyElementsOf(ids(messages));
  }

  @Test
  void givenTieStraddlingThePageBoundary_nextPageNewestFirst_continuesInsideTheTie() {
    fixture.clock().advance(Duration.ofMinutes(1));
    List<Message> older = sendAtOnce(sms, 2);
    fixture.clock().advance(Duration.ofMinutes(1));
    List<Message> newer = sendAtOnce(sms, 3);
    Page<Message> first = keyset(NEWEST_FIRST, Optional.empty(), false, 2);

    Page<Message> second = keyset(NEWEST_FIRST, first.next(), false, 2);
    Page<Message> third = keyset(NEWEST_FIRST, second.next(), false, 2);

    assertThat(ids(first)).containsExactly(newer.get(0).id(), newer.get(1).id());
    assertThat(ids(second)).containsExactly(newer.get(2).id(), older.get(0).id());
    assertThat(ids(third)).containsExactly(older.get(1).id());
    assertThat(third.next()).isEmpty();
  }

  @Test
  void givenTieStraddlingThePageBoundary_pageBefore_returnsTheRowsBeforeInsideTheTie() {
    List<Message> messages = sendAtOnce(sms, 4);
    Page<Message> second = keyset(OLDEST_FIRST, keyset(OLDEST_FIRST, Optional.empty(), false, 3).next(), false, 3);

    Page<Message> back = keyset(OLDEST_FIRST, second.previous(), true, 3);

    assertThat(ids(second)).containsExactly(messages.get(3).id());
    assertThat(ids(back)).containsExactly(messages.get(0).id(), messages.get(1).id(), messages.get(2).id());
  }

  @Test
  void givenFilteredKeysetListing_pages_holdTheFilteredRowsAndCarryNoTotals() {
    List<Message> smsMessages = sendSpaced(sms, 3);
    sendSpaced(email, 3);
    List<Filter<Message>> bySms =
        List.of(Filter.of(MessageFields.MESSAGE_THREAD_ID, Operator.EQ, List.of(sms.id().toString())));

    Page<Message> first = list(bySms, OLDEST_FIRST, new PageRequest.Keyset(Optional.empty(), false, 2));
    Page<Message> second = list(bySms, OLDEST_FIRST, new PageRequest.Keyset(first.next(), false, 2));

    assertThat(ids(first)).containsExactly(smsMessages.get(0).id(), smsMessages.get(1).id());
    assertThat(ids(second)).containsExactly(smsMessages.get(2).id());
    assertThat(first.totals()).isEmpty();
    assertThat(first.maxPage()).isEmpty();
    assertThat(second.totals()).isEmpty();
    assertThat(second.maxPage()).isEmpty();
  }

  @Test
  void givenAuthorsWithLineBreaks_followNextCursorsSortedByAuthor_visitsEveryMessage() {
    List<Sort<Message>> byAuthor = List.of(new Sort<>(MessageFields.SEND_BY, false));
    List<Message> messages = new ArrayList<>();
    for (String author : List.of("Rita\nRecruiting", "Rita\nSales", "Rita\\Support")) {
      var result = fixture.core().sendMessage()
          .send(SendMessageUseCase.Command.of(ORGANIZATION, sms.id(), author, new TextPayload("Hello")));
      messages.add(MessagingFixture.expect(result, SendMessageUseCase.Result.Accepted.class).message());
    }

    List<MessageId> visited = new ArrayList<>();
    Page<Message> page = keyset(byAuthor, Optional.empty(), false, 1);
    visited.addAll(ids(page));
    while (page.next().isPresent() && visited.size() <= messages.size()) {
      page = keyset(byAuthor, page.next(), false, 1);
      visited.addAll(ids(page));
    }

    assertThat(visited).containsExactlyElementsOf(ids(messages));
  }
}
