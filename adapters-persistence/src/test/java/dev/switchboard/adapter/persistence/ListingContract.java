package dev.switchboard.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.inmemory.InMemoryAdapters;
import dev.switchboard.application.query.Cursor;
import dev.switchboard.application.query.Filter;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.MessageFields;
import dev.switchboard.application.query.Operator;
import dev.switchboard.application.query.Page;
import dev.switchboard.application.query.PageRequest;
import dev.switchboard.application.query.QueryField;
import dev.switchboard.application.query.Sort;
import dev.switchboard.application.query.TemplateFields;
import dev.switchboard.application.query.ThreadFields;
import dev.switchboard.application.query.ValueType;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.message.DeliveryStatus;
import dev.switchboard.domain.message.EmailHeaders;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.Origin;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.template.MessageTemplate;
import dev.switchboard.domain.testing.Payloads;
import dev.switchboard.domain.thread.CandidateId;
import dev.switchboard.domain.thread.MessageThread;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

/** Filtering, sorting and paging, the same on every backend; the in-memory listing is the reference. */
abstract class ListingContract extends PersistenceContract {

  static <T> ListQuery<T> query(List<Filter<T>> filters, List<Sort<T>> sort, PageRequest page) {
    return new ListQuery<>(filters, sort, page);
  }

  static <T> Filter<T> filter(QueryField<T> field, Operator operator, String... values) {
    return Filter.of(field, operator, List.of(values));
  }

  static PageRequest numbered(int number, int size) {
    return new PageRequest.Numbered(number, size);
  }

  static PageRequest first(int size) {
    return new PageRequest.Keyset(Optional.empty(), false, size);
  }

  static PageRequest after(Cursor cursor, int size) {
    return new PageRequest.Keyset(Optional.of(cursor), false, size);
  }

  static PageRequest before(Cursor cursor, int size) {
    return new PageRequest.Keyset(Optional.of(cursor), true, size);
  }

  Page<Message> messages(ListQuery<Message> query) {
    return backend.messages().list(org, query);
  }

  /** {@code count} messages on one thread, created one microsecond apart, with sendBy m00, m01, ... */
  List<Message> messagesInOrder(int count) {
    MessageThread thread = stored(whatsapp(org, 1));
    List<Message> all = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Message message = Message.accept(newMessageId(), org, thread.id(), Channel.WHATSAPP, String.format("m%02d", i),
          Payloads.text(), EmailHeaders.NONE, micros(i));
      all.add(stored(message));
    }
    return all;
  }

  static final Sort<Message> BY_CREATED = new Sort<>(MessageFields.CREATED_AT, false);
  static final Sort<Message> BY_CREATED_DESC = new Sort<>(MessageFields.CREATED_AT, true);

  @Test
  void anEmptyListingHasOneEmptyPage() {
    Page<Message> page = messages(query(List.of(), List.of(), numbered(1, 10)));
    assertThat(page.items()).isEmpty();
    assertThat(page.totals().orElseThrow().total()).isZero();
    assertThat(page.totals().orElseThrow().totalUnfiltered()).isZero();
    assertThat(page.maxPage()).hasValue(1);

    Page<Message> keyset = messages(query(List.of(), List.of(BY_CREATED), first(10)));
    assertThat(keyset.items()).isEmpty();
    assertThat(keyset.next()).isEmpty();
    assertThat(keyset.previous()).isEmpty();
  }

  @Test
  void numberedPagesUpToTheLastAndPast() {
    List<Message> all = messagesInOrder(7);
    stored(outbound(stored(whatsapp(otherOrg, 1))));

    Page<Message> one = messages(query(List.of(), List.of(BY_CREATED), numbered(1, 3)));
    Page<Message> three = messages(query(List.of(), List.of(BY_CREATED), numbered(3, 3)));
    Page<Message> past = messages(query(List.of(), List.of(BY_CREATED), numbered(4, 3)));

    assertThat(one.items()).containsExactlyElementsOf(all.subList(0, 3));
    assertThat(three.items()).containsExactly(all.get(6));
    assertThat(past.items()).isEmpty();
    assertThat(one.totals().orElseThrow().total()).isEqualTo(7);
    assertThat(past.totals().orElseThrow().total()).isEqualTo(7);
    assertThat(one.maxPage()).hasValue(3);
    assertThat(one.next()).isEmpty();
  }

  @Test
  void withoutSortKeysRowsComeInIdOrderComparedAsUnsignedBytes() {
    MessageThread thread = stored(whatsapp(org, 1));
    List<Message> all = new ArrayList<>();
    for (String id : List.of("ffffffff-0000-7000-8000-000000000000", "00000000-0000-7000-8000-000000000001",
        "80000000-0000-7000-8000-000000000000", "7fffffff-ffff-7fff-bfff-ffffffffffff")) {
      UUID unique = UUID.fromString(id.substring(0, 24) + UUID.randomUUID().toString().substring(24));
      all.add(stored(Message.accept(new dev.switchboard.domain.message.MessageId(unique), org, thread.id(),
          Channel.WHATSAPP, "rita", Payloads.text(), EmailHeaders.NONE, T0)));
    }
    all.sort(Comparator.comparing(message -> message.id().value().toString()));

    assertThat(messages(query(List.of(), List.of(), numbered(1, 10))).items()).containsExactlyElementsOf(all);
    Page<Message> firstTwo = messages(query(List.of(), List.of(), first(2)));
    assertThat(firstTwo.items()).containsExactlyElementsOf(all.subList(0, 2));
    assertThat(messages(query(List.of(), List.of(), after(firstTwo.next().orElseThrow(), 2))).items())
        .containsExactlyElementsOf(all.subList(2, 4));
  }

  @Test
  void keysetPagesWalkForwardAndBackOverEqualTimestamps() {
    MessageThread thread = stored(whatsapp(org, 1));
    List<Message> all = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      // four distinct instants, so most pages end inside a run of equal timestamps
      all.add(stored(Message.accept(newMessageId(), org, thread.id(), Channel.WHATSAPP, "rita", Payloads.text(),
          EmailHeaders.NONE, micros(i % 4))));
    }
    all.sort(Comparator.comparing(Message::createdAt).reversed()
        .thenComparing(message -> message.id().value().toString()));
    List<Sort<Message>> sort = List.of(BY_CREATED_DESC);

    List<Message> walked = new ArrayList<>();
    List<Page<Message>> pages = new ArrayList<>();
    Page<Message> page = messages(query(List.of(), sort, first(3)));
    assertThat(page.previous()).isEmpty();
    while (true) {
      pages.add(page);
      walked.addAll(page.items());
      if (page.next().isEmpty()) {
        break;
      }
      page = messages(query(List.of(), sort, after(page.next().get(), 3)));
      assertThat(page.previous()).isPresent();
    }
    assertThat(walked).containsExactlyElementsOf(all);
    assertThat(pages).hasSize(4);
    assertThat(pages.getLast().items()).hasSize(2);

    // and back from the last page to the first
    List<Message> back = new ArrayList<>(pages.getLast().items());
    page = pages.getLast();
    while (page.previous().isPresent()) {
      page = messages(query(List.of(), sort, before(page.previous().get(), 3)));
      assertThat(page.next()).isPresent();
      back.addAll(0, page.items());
    }
    assertThat(back).containsExactlyElementsOf(all);
    assertThat(page.items()).containsExactlyElementsOf(all.subList(0, 3));
  }

  @Test
  void aCursorBeforeTheFirstRowGivesAnEmptyPage() {
    List<Message> all = messagesInOrder(3);
    Cursor firstRow = Cursor.of(all.getFirst(), List.of(BY_CREATED), MessageFields.ID);

    Page<Message> page = messages(query(List.of(), List.of(BY_CREATED), before(firstRow, 5)));
    assertThat(page.items()).isEmpty();
    assertThat(page.next()).isEmpty();
    assertThat(page.previous()).isEmpty();

    Page<Message> afterLast = messages(query(List.of(), List.of(BY_CREATED),
        after(Cursor.of(all.getLast(), List.of(BY_CREATED), MessageFields.ID), 5)));
    assertThat(afterLast.items()).isEmpty();
    assertThat(afterLast.totals()).isEmpty();
  }

  /** Counting reads every row of the organization; keyset pages skip it, numbered pages of the same query do not. */
  @Test
  void keysetPagesCarryNoTotalsNumberedPagesDo() {
    List<Message> all = messagesInOrder(5);
    stored(outbound(stored(whatsapp(otherOrg, 1))));
    List<Filter<Message>> filters = List.of(filter(MessageFields.CREATED_AT, Operator.LT, micros(3).toString()));

    Page<Message> first = messages(query(filters, List.of(BY_CREATED), first(2)));
    Page<Message> second = messages(query(filters, List.of(BY_CREATED), after(first.next().orElseThrow(), 2)));
    Page<Message> back = messages(query(filters, List.of(BY_CREATED), before(second.previous().orElseThrow(), 2)));
    Page<Message> unfiltered = messages(query(List.of(), List.of(BY_CREATED), first(10)));
    Page<Message> numbered = messages(query(filters, List.of(BY_CREATED), numbered(1, 2)));

    assertThat(first.items()).containsExactlyElementsOf(all.subList(0, 2));
    assertThat(second.items()).containsExactly(all.get(2));
    assertThat(back.items()).containsExactlyElementsOf(all.subList(0, 2));
    for (Page<Message> keyset : List.of(first, second, back, unfiltered)) {
      assertThat(keyset.totals()).isEmpty();
      assertThat(keyset.maxPage()).isEmpty();
    }
    assertThat(numbered.totals()).contains(new Page.Totals(3, 5));
    assertThat(numbered.maxPage()).hasValue(2);
  }

  @Test
  void everyFilterOperator() {
    List<Message> all = messagesInOrder(12);
    MessageThread other = stored(whatsapp(org, 2));
    Message odd = stored(Message.accept(newMessageId(), org, other.id(), Channel.WHATSAPP, "50%_off\\Sale",
        Payloads.image(), EmailHeaders.NONE, micros(100)));
    Message upper = stored(Message.accept(newMessageId(), org, other.id(), Channel.WHATSAPP, "M05", Payloads.text(),
        EmailHeaders.NONE, micros(101)));
    Message failed = stored(all.get(3), DeliveryStatus.FAILED, List.of("x"), Optional.of("wamid.1"), micros(50));
    backend.messages().update(failed);
    List<Sort<Message>> sort = List.of(BY_CREATED);

    assertThat(items(filter(MessageFields.SEND_BY, Operator.EQ, "m05"))).containsExactly(all.get(5));
    assertThat(items(filter(MessageFields.SEND_BY, Operator.EQL, "M05"))).containsExactly(all.get(5), upper);
    assertThat(items(filter(MessageFields.SEND_BY, Operator.PREFIX, "m1"))).containsExactly(all.get(10), all.get(11));
    assertThat(items(filter(MessageFields.SEND_BY, Operator.SUFFIX, "1"))).containsExactly(all.get(1), all.get(11));
    assertThat(items(filter(MessageFields.SEND_BY, Operator.PREFIX, "50%_"))).containsExactly(odd);
    assertThat(items(filter(MessageFields.SEND_BY, Operator.PREFIX, "5_%"))).isEmpty();
    assertThat(items(filter(MessageFields.SEND_BY, Operator.SUFFIX, "\\Sale"))).containsExactly(odd);
    assertThat(items(filter(MessageFields.SEND_BY, Operator.SUFFIX, "%Sale"))).isEmpty();
    assertThat(items(filter(MessageFields.SEND_BY, Operator.GT, "m10"))).containsExactly(all.get(11));
    assertThat(items(filter(MessageFields.SEND_BY, Operator.LT, "m01"))).containsExactly(all.get(0), odd, upper);
    assertThat(items(filter(MessageFields.CREATED_AT, Operator.GTE, micros(10).toString())))
        .containsExactly(all.get(10), all.get(11), odd, upper);
    assertThat(items(filter(MessageFields.CREATED_AT, Operator.GT, micros(10).toString())))
        .containsExactly(all.get(11), odd, upper);
    assertThat(items(filter(MessageFields.CREATED_AT, Operator.LTE, micros(1).toString())))
        .containsExactly(all.get(0), all.get(1));
    assertThat(items(filter(MessageFields.CREATED_AT, Operator.LT, "2020-01-01"))).isEmpty();
    assertThat(items(filter(MessageFields.DELIVERY_STATUS, Operator.MATCH, "failed", "read")))
        .containsExactly(failed);
    assertThat(items(filter(MessageFields.PAYLOAD_TYPE, Operator.EQ, "image"))).containsExactly(odd);
    assertThat(items(filter(MessageFields.PROVIDER_MESSAGE_ID, Operator.EQ, "wamid.1"))).containsExactly(failed);
    assertThat(items(filter(MessageFields.MESSAGE_THREAD_ID, Operator.EQ, other.id().toString())))
        .containsExactly(odd, upper);
    assertThat(items(filter(MessageFields.ID, Operator.MATCH, all.get(2).id().toString(), odd.id().toString())))
        .containsExactly(all.get(2), odd);
    assertThat(items(filter(MessageFields.ORIGIN, Operator.EQ, "inbound"))).isEmpty();
    assertThat(items(filter(MessageFields.CHANNEL, Operator.EQ, "whatsapp"))).hasSize(14);
    assertThat(items(filter(MessageFields.UPDATED_AT, Operator.EQ, micros(50).toString()))).containsExactly(failed);

    Page<Message> both = messages(query(
        List.of(filter(MessageFields.SEND_BY, Operator.PREFIX, "m"), filter(MessageFields.CREATED_AT, Operator.LT,
            micros(3).toString())),
        sort, numbered(1, 2)));
    assertThat(both.items()).containsExactly(all.get(0), all.get(1));
    assertThat(both.totals().orElseThrow().total()).isEqualTo(3);
    assertThat(both.totals().orElseThrow().totalUnfiltered()).isEqualTo(14);
  }

  private List<Message> items(Filter<Message> filter) {
    return messages(query(List.of(filter), List.of(BY_CREATED), numbered(1, 100))).items();
  }

  @Test
  void sortsOnSeveralKeysInTheirOwnDirections() {
    MessageThread thread = stored(whatsapp(org, 1));
    List<Message> all = new ArrayList<>();
    String[] authors = {"bob", "alice", "bob", "alice", "carol", "bob"};
    for (int i = 0; i < authors.length; i++) {
      all.add(stored(Message.accept(newMessageId(), org, thread.id(), Channel.WHATSAPP, authors[i], Payloads.text(),
          EmailHeaders.NONE, micros(i % 3))));
    }
    List<Sort<Message>> sort = List.of(new Sort<>(MessageFields.SEND_BY, false), BY_CREATED_DESC);
    List<Message> expected = all.stream()
        .sorted(Comparator.comparing(Message::sendBy)
            .thenComparing(Comparator.comparing(Message::createdAt).reversed())
            .thenComparing(message -> message.id().value().toString()))
        .toList();

    assertThat(messages(query(List.of(), sort, numbered(1, 10))).items()).containsExactlyElementsOf(expected);
    Page<Message> first = messages(query(List.of(), sort, first(4)));
    Page<Message> second = messages(query(List.of(), sort, after(first.next().orElseThrow(), 4)));
    assertThat(first.items()).containsExactlyElementsOf(expected.subList(0, 4));
    assertThat(second.items()).containsExactlyElementsOf(expected.subList(4, 6));
    assertThat(second.next()).isEmpty();
  }

  @Test
  void threadsFilterOnEveryField() {
    CandidateId candidate = new CandidateId(UUID.randomUUID());
    MessageThread paused = stored(MessageThread.rehydrate(newThreadId(), org, Channel.SMS, phone(7), true,
        Optional.of(candidate), micros(1), micros(9), Optional.empty()));
    MessageThread mail = stored(email(org, "Jane@example.com"));
    MessageThread app = stored(whatsapp(org, 8));
    List<Sort<MessageThread>> sort = List.of(new Sort<>(ThreadFields.CREATED_AT, true));

    assertThat(threads(filter(ThreadFields.CHATBOT_PAUSED, Operator.EQ, "true"), sort)).containsExactly(paused);
    assertThat(threads(filter(ThreadFields.CANDIDATE_ID, Operator.EQ, candidate.toString()), sort))
        .containsExactly(paused);
    assertThat(threads(filter(ThreadFields.IDENTIFIER, Operator.EQL, "jane@EXAMPLE.com"), sort)).containsExactly(mail);
    assertThat(threads(filter(ThreadFields.IDENTIFIER, Operator.PREFIX, "3161"), sort)).containsExactly(paused, app);
    assertThat(threads(filter(ThreadFields.CHANNEL, Operator.MATCH, "sms", "email"), sort))
        .containsExactly(paused, mail);
    assertThat(threads(filter(ThreadFields.UPDATED_AT, Operator.GT, micros(5).toString()), sort))
        .containsExactly(paused);
    assertThat(threads(filter(ThreadFields.ID, Operator.EQ, app.id().toString()), sort)).containsExactly(app);
    assertThat(backend.threads().list(org, query(List.of(),
        List.of(new Sort<>(ThreadFields.CHATBOT_PAUSED, true), new Sort<>(ThreadFields.IDENTIFIER, false)),
        numbered(1, 10))).items()).containsExactly(paused, app, mail);
  }

  private List<MessageThread> threads(Filter<MessageThread> filter, List<Sort<MessageThread>> sort) {
    return backend.threads().list(org, query(List.of(filter), sort, numbered(1, 100))).items();
  }

  @Test
  void templatesFilterAndSort() {
    MessageTemplate en = template(org, "invite", "en", micros(1));
    MessageTemplate nl = template(org, "invite", "nl", micros(2));
    MessageTemplate reminder = template(org, "reminder", "en", micros(3));
    List.of(en, nl, reminder).forEach(backend.templates()::insert);
    backend.templates().insert(template(otherOrg, "invite", "en", micros(1)));

    Page<MessageTemplate> page = backend.templates().list(org, query(
        List.of(filter(TemplateFields.NAME, Operator.EQL, "INVITE"), filter(TemplateFields.CATEGORY, Operator.EQ,
            "UTILITY"), filter(TemplateFields.STATUS, Operator.EQ, "approved")),
        List.of(new Sort<>(TemplateFields.LANGUAGE, true)), numbered(1, 10)));
    assertThat(page.items()).containsExactly(nl, en);
    assertThat(page.totals().orElseThrow().total()).isEqualTo(2);
    assertThat(page.totals().orElseThrow().totalUnfiltered()).isEqualTo(3);
    assertThat(backend.templates().list(org, query(List.of(filter(TemplateFields.LANGUAGE, Operator.SUFFIX, "l")),
        List.of(), first(5))).items()).containsExactly(nl);
  }

  /**
   * Random filters, sort keys and pages over one data set, compared with the in-memory listing page by page (items,
   * totals and both cursors), following next and previous cursors a few steps.
   */
  @Test
  void matchesTheInMemoryReferenceOnRandomQueries() {
    RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(20250310L);
    InMemoryAdapters reference = InMemoryAdapters.create();
    List<MessageThread> threads = new ArrayList<>();
    for (int t = 0; t < 3; t++) {
      MessageThread thread = thread(org, t == 2 ? Channel.SMS : Channel.WHATSAPP, phone(t), micros(t));
      stored(thread);
      reference.threads().insert(thread);
      threads.add(thread);
    }
    String[] authors = {"ann", "Ann", "bob", "bo_b", "b%b", "carl", "Zed", "ann2"};
    DeliveryStatus[] statuses = {DeliveryStatus.SENT, DeliveryStatus.DELIVERED, DeliveryStatus.FAILED};
    List<Message> all = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      MessageThread thread = threads.get(random.nextInt(threads.size()));
      Instant created = micros(random.nextInt(8) * 1000L);
      Message message = random.nextInt(5) == 0
          ? Message.receive(newMessageId(), org, thread.id(), thread.channel(), authors[random.nextInt(authors.length)],
              random.nextBoolean() ? Payloads.text() : Payloads.image(), EmailHeaders.NONE,
              Optional.of("in-" + i), created)
          : Message.accept(newMessageId(), org, thread.id(), thread.channel(), authors[random.nextInt(authors.length)],
              random.nextBoolean() ? Payloads.text() : Payloads.document(), EmailHeaders.NONE, created);
      stored(message);
      reference.messages().insert(message);
      if (message.origin() == Origin.OUTBOUND && random.nextBoolean()) {
        Message changed = stored(message, statuses[random.nextInt(statuses.length)], List.of(),
            Optional.of("out-" + i), created.plusSeconds(random.nextInt(3)));
        backend.messages().update(changed);
        reference.messages().update(changed);
        message = changed;
      }
      all.add(message);
    }

    for (int round = 0; round < 60; round++) {
      List<Filter<Message>> filters = new ArrayList<>();
      int filterCount = random.nextInt(3);
      while (filters.size() < filterCount) {
        randomFilter(random, all).ifPresent(filters::add);
      }
      List<Sort<Message>> sort = new ArrayList<>();
      List<QueryField<Message>> sortable = MessageFields.ALL.stream().filter(QueryField::sortable).toList();
      for (int k = random.nextInt(3); k > 0; k--) {
        QueryField<Message> field = sortable.get(random.nextInt(sortable.size()));
        if (sort.stream().noneMatch(key -> key.field().equals(field))) {
          sort.add(new Sort<>(field, random.nextBoolean()));
        }
      }
      int size = 1 + random.nextInt(7);
      PageRequest page = random.nextBoolean() ? numbered(1 + random.nextInt(4), size) : first(size);
      ListQuery<Message> query = query(filters, sort, page);
      for (int step = 0; step < 4; step++) {
        Page<Message> expected = reference.messages().list(org, query);
        Page<Message> actual = backend.messages().list(org, query);
        assertThat(actual).as("round %d step %d: %s", round, step, query).isEqualTo(expected);
        Optional<Cursor> next = expected.next();
        Optional<Cursor> previous = expected.previous();
        if (next.isPresent() && (previous.isEmpty() || random.nextInt(3) > 0)) {
          query = query(filters, sort, after(next.get(), size));
        } else if (previous.isPresent()) {
          query = query(filters, sort, before(previous.get(), size));
        } else {
          break;
        }
      }
    }
  }

  private static Optional<Filter<Message>> randomFilter(RandomGenerator random, List<Message> rows) {
    QueryField<Message> field = MessageFields.ALL.get(random.nextInt(MessageFields.ALL.size()));
    Operator operator = Operator.values()[random.nextInt(Operator.values().length)];
    List<String> values = new ArrayList<>();
    int count = operator == Operator.MATCH ? 1 + random.nextInt(3) : 1;
    for (int i = 0; i < count; i++) {
      Object value = field.read(rows.get(random.nextInt(rows.size())));
      if (value == null) {
        value = "none";
      }
      String text = value instanceof Instant instant ? instant.toString() : value.toString();
      if (field.type() == ValueType.STRING) {
        text = switch (operator) {
          case EQL -> random.nextBoolean() ? text.toUpperCase(Locale.ROOT) : text;
          case PREFIX -> text.substring(0, random.nextInt(text.length() + 1));
          case SUFFIX -> text.substring(random.nextInt(text.length() + 1));
          default -> text;
        };
      }
      values.add(text);
    }
    try {
      return Optional.of(Filter.of(field, operator, values));
    } catch (IllegalArgumentException refused) {
      return Optional.empty();
    }
  }
}
