package dev.switchboard.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.out.ChangeEvent;
import dev.switchboard.application.port.out.ChangeEventOutbox.RecordedEvent;
import dev.switchboard.application.port.out.WebhookDeliveryRepository.DueDelivery;
import dev.switchboard.application.query.Filter;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.Operator;
import dev.switchboard.application.query.WebhookLogFields;
import dev.switchboard.domain.channel.EmailAddress;
import dev.switchboard.domain.connection.ChannelConnection;
import dev.switchboard.domain.connection.RegisteredChannel;
import dev.switchboard.domain.message.DeliveryStatus;
import dev.switchboard.domain.message.EmailHeaders;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.testing.Payloads;
import dev.switchboard.domain.thread.MessageThread;
import dev.switchboard.domain.webhook.AttemptOutcome;
import dev.switchboard.domain.webhook.DeliveryState;
import dev.switchboard.domain.webhook.ResourceRef;
import dev.switchboard.domain.webhook.RetrySchedule;
import dev.switchboard.domain.webhook.WebhookAttempt;
import dev.switchboard.domain.webhook.WebhookDelivery;
import dev.switchboard.domain.webhook.WebhookDeliveryId;
import dev.switchboard.domain.webhook.WebhookEvent;
import dev.switchboard.domain.webhook.WebhookId;
import dev.switchboard.domain.webhook.WebhookResource;
import dev.switchboard.domain.webhook.WebhookSubscription;
import dev.switchboard.domain.organization.OrganizationId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the webhook storage does on every backend: subscriptions, the outbox reader (claims in order, processed once,
 * events read back as recorded) and the delivery queue (due order, leases, per-resource order, no double claims).
 * The outbox and the queue are shared by all organizations, so each test starts them empty.
 */
abstract class WebhookStorageContract extends PersistenceContract {

  static final Duration LEASE = Duration.ofSeconds(30);
  static final Instant FAR_FUTURE = Instant.parse("2999-01-01T00:00:00Z");
  static final RetrySchedule ONE_RETRY = new RetrySchedule(List.of(Duration.ofMinutes(1)));

  @BeforeEach
  void drainOutboxAndQueue() {
    while (!fanOutNothing().isEmpty()) {
      // processed
    }
    List<DueDelivery> left;
    do {
      left = backend.webhookDeliveries().claimDue(200, FAR_FUTURE, LEASE);
      left.forEach(due -> backend.webhookDeliveries().update(
          due.delivery().afterAttempt(attempt(FAR_FUTURE, 200), ONE_RETRY)));
    } while (!left.isEmpty());
  }

  /** Claims and marks processed one batch, like a fan-out that found no webhooks. */
  private List<RecordedEvent> fanOutNothing() {
    return backend.transactions().inTransaction(() -> {
      List<RecordedEvent> events = backend.outbox().claimUnprocessed(100);
      backend.outbox().markProcessed(events);
      return events;
    });
  }

  static WebhookAttempt attempt(Instant at, int status) {
    return new WebhookAttempt(at, new AttemptOutcome.Responded(status, "body of " + status));
  }

  WebhookSubscription webhook(OrganizationId organization, WebhookEvent event, Instant createdAt, String... fields) {
    return new WebhookSubscription(
        new WebhookId(UUID.randomUUID()), organization, WebhookResource.MESSAGES, event, List.of(fields),
        Optional.empty(), createdAt, createdAt);
  }

  /** A stored event, to give deliveries a real event_seq; returns its sequence. */
  long recordedEvent(MessageThread thread) {
    backend.events().record(new ChangeEvent(
        thread.organizationId(), ChangeEvent.Kind.CREATE, new ChangeEvent.Resource.ThreadState(thread), List.of(), T0));
    return fanOutNothing().getLast().sequence();
  }

  WebhookDelivery pending(WebhookId webhook, UUID resource, long sequence, Instant due) {
    return WebhookDelivery.pending(
        new WebhookDeliveryId(UUID.randomUUID()), org, webhook, WebhookEvent.UPDATE,
        new ResourceRef(WebhookResource.MESSAGES, resource), sequence, due);
  }

  // ---- subscriptions ----

  @Test
  void givenWebhooks_findForAndList_seeOnlyTheOrganizationsMatchingOnesOldestFirst() {
    WebhookSubscription later = webhook(org, WebhookEvent.UPDATE, micros(20), "deliveryStatus", "sendBy");
    WebhookSubscription first = new WebhookSubscription(
        new WebhookId(UUID.randomUUID()), org, WebhookResource.MESSAGES, WebhookEvent.UPDATE, List.of(),
        Optional.of(URI.create("https://crm.example.com/hooks?x=1")), micros(10), micros(10));
    WebhookSubscription creates = webhook(org, WebhookEvent.CREATE, micros(5));
    WebhookSubscription foreign = webhook(otherOrg, WebhookEvent.UPDATE, micros(1));
    List.of(later, first, creates, foreign).forEach(backend.webhooks()::insert);

    assertThat(backend.webhooks().findFor(org, WebhookResource.MESSAGES, WebhookEvent.UPDATE))
        .containsExactly(first, later);
    assertThat(backend.webhooks().findById(org, later.id())).contains(later);
    assertThat(backend.webhooks().findById(otherOrg, later.id())).isEmpty();
    assertThat(backend.webhooks().list(org, ListQuery.firstPage()).items()).containsExactlyInAnyOrder(creates, first, later);
  }

  @Test
  void givenAWebhook_updateAndDelete_areScopedToItsOrganization() {
    WebhookSubscription webhook = webhook(org, WebhookEvent.UPDATE, T0);
    backend.webhooks().insert(webhook);
    WebhookSubscription changed = webhook.revise(
        WebhookResource.MESSAGE_THREADS, WebhookEvent.DELETE, List.of(),
        Optional.of(URI.create("https://x.example.com")), micros(5)).orElseThrow();

    backend.webhooks().update(changed);
    backend.webhooks().delete(otherOrg, webhook.id());

    assertThat(backend.webhooks().findById(org, webhook.id())).contains(changed);
    backend.webhooks().delete(org, webhook.id());
    assertThat(backend.webhooks().findById(org, webhook.id())).isEmpty();
  }

  // ---- outbox ----

  @Test
  void givenRecordedEvents_theOutboxHandsThemOutInOrderOnce_asTheyWereRecorded() {
    MessageThread thread = stored(email(org, "jane@example.com"));
    Message message = Message.rehydrate(
        newMessageId(), org, thread.id(), thread.channel(), dev.switchboard.domain.message.Origin.OUTBOUND, "rita",
        Payloads.imageWithCaption("Our office"),
        new EmailHeaders(Optional.of("Interview"), List.of(new EmailAddress("cc@example.com")), List.of()),
        DeliveryStatus.FAILED, List.of("mailbox full"), Optional.of("provider-1"), T0, micros(7));
    MessageThread assigned = MessageThread.rehydrate(
        thread.id(), org, thread.channel(), thread.identifier(), true,
        Optional.of(new dev.switchboard.domain.thread.CandidateId(UUID.randomUUID())), T0, micros(3),
        Optional.of(micros(2)));
    List<ChangeEvent> recorded = List.of(
        new ChangeEvent(org, ChangeEvent.Kind.CREATE, new ChangeEvent.Resource.ThreadState(thread), List.of(), T0),
        new ChangeEvent(org, ChangeEvent.Kind.UPDATE, new ChangeEvent.Resource.MessageState(message),
            List.of("deliveryStatus", "errorMessages"), micros(7)),
        new ChangeEvent(org, ChangeEvent.Kind.UPDATE, new ChangeEvent.Resource.ThreadState(assigned),
            List.of("chatbotPaused"), micros(8)),
        new ChangeEvent(otherOrg, ChangeEvent.Kind.DELETE,
            new ChangeEvent.Resource.TemplateState(template(otherOrg, "welcome", "en", T0)), List.of(), micros(9)));
    recorded.forEach(backend.events()::record);

    List<RecordedEvent> first = fanOutNothingLimited(3);
    List<RecordedEvent> rest = fanOutNothing();

    assertThat(first).extracting(WebhookStorageContract::withoutSequence)
        .containsExactlyElementsOf(withoutSequence(recorded.subList(0, 3)));
    assertThat(first).extracting(RecordedEvent::sequence).isSorted();
    assertThat(rest).extracting(WebhookStorageContract::withoutSequence)
        .containsExactlyElementsOf(withoutSequence(recorded.subList(3, 4)));
    assertThat(rest.getFirst().sequence()).isGreaterThan(first.getLast().sequence());
    assertThat(fanOutNothing()).isEmpty();
    assertThat(first).extracting(this::readBackAsTheSenderDoes).containsExactlyElementsOf(recorded.subList(0, 3));
  }

  private static RecordedEvent withoutSequence(RecordedEvent claimed) {
    return new RecordedEvent(
        0, claimed.organizationId(), claimed.kind(), claimed.resource(), claimed.changedFields());
  }

  private static List<RecordedEvent> withoutSequence(List<ChangeEvent> recorded) {
    return recorded.stream().map(event -> RecordedEvent.of(0, event)).toList();
  }

  /** The whole event behind {@code claimed}, payload included, as the webhook sender reads it for a delivery. */
  private ChangeEvent readBackAsTheSenderDoes(RecordedEvent claimed) {
    WebhookDelivery delivery =
        pending(new WebhookId(UUID.randomUUID()), claimed.resource().id(), claimed.sequence(), T0);
    backend.webhookDeliveries().insert(delivery);
    return backend.webhookDeliveries().claimDue(100, T0, LEASE).stream()
        .filter(due -> due.delivery().id().equals(delivery.id()))
        .findFirst()
        .orElseThrow()
        .event();
  }

  /**
   * A channel event comes back to the webhook sender as recorded, its credentials by name only; the stored payload
   * holds no credential value (the events table is not encrypted).
   */
  @Test
  void givenChannelEvents_theOutboxHandsThemBackAsRecorded_andStoresNoCredentialValue() {
    RegisteredChannel channel = ChannelRepositoryContract.whatsappChannel(org, true, 1);
    ChannelConnection connection = channel.connection();
    RegisteredChannel changed = new RegisteredChannel(new ChannelConnection(
        connection.id(), org, connection.platform(), connection.provider(), Map.of("phoneNumberId", "42"),
        Map.of("accessToken", "EAAG-rotated", "appSecret", "app-secret", "verifyToken", "verify"), Optional.empty(),
        connection.createdAt(), micros(5)), false);
    List<ChangeEvent> recorded = List.of(
        new ChangeEvent(org, ChangeEvent.Kind.CREATE, new ChangeEvent.Resource.ChannelState(channel), List.of(), T0),
        new ChangeEvent(org, ChangeEvent.Kind.UPDATE, new ChangeEvent.Resource.ChannelState(changed),
            List.of("settings", "credentials", "apiBaseUrl", "isDefault"), micros(5)),
        new ChangeEvent(org, ChangeEvent.Kind.DELETE, new ChangeEvent.Resource.ChannelState(changed), List.of(),
            micros(6)));
    recorded.forEach(backend.events()::record);

    List<RecordedEvent> claimed = fanOutNothing();

    List<ChangeEvent> readBackEvents = claimed.stream().map(this::readBackAsTheSenderDoes).toList();
    assertThat(readBackEvents).containsExactlyElementsOf(recorded);
    RegisteredChannel readBack = ((ChangeEvent.Resource.ChannelState) readBackEvents.getFirst().resource()).channel();
    assertThat(readBack.id()).isEqualTo(channel.id());
    assertThat(readBack.isDefault()).isTrue();
    assertThat(readBack.connection().settings()).isEqualTo(connection.settings());
    assertThat(readBack.connection().apiBaseUrl()).isEqualTo(connection.apiBaseUrl());
    assertThat(readBack.connection().credentials())
        .containsOnlyKeys("accessToken", "appSecret", "verifyToken")
        .allSatisfy((name, value) -> assertThat(value).isEqualTo(ChannelConnection.REDACTED));
    assertThat(backend.storedEvents(org)).hasSize(3).allSatisfy(stored -> assertThat(stored)
        .contains("accessToken", "appSecret", "verifyToken")
        .doesNotContain("EAAG-secret", "EAAG-rotated", "app-secret", "\"verify\""));
  }

  private List<RecordedEvent> fanOutNothingLimited(int max) {
    return backend.transactions().inTransaction(() -> {
      List<RecordedEvent> events = backend.outbox().claimUnprocessed(max);
      backend.outbox().markProcessed(events);
      return events;
    });
  }

  @Test
  void givenDiscardedAndProcessedEvents_neitherIsHandedOutAgain_andOnlyTheProcessedStayReadable() {
    MessageThread thread = stored(whatsapp(org, 1));
    for (int i = 0; i < 3; i++) {
      backend.events().record(new ChangeEvent(
          org, ChangeEvent.Kind.CREATE, new ChangeEvent.Resource.ThreadState(thread), List.of(), T0));
    }

    RecordedEvent kept = backend.transactions().inTransaction(() -> {
      List<RecordedEvent> claimed = backend.outbox().claimUnprocessed(10);
      backend.outbox().markProcessed(claimed.subList(1, 2));
      backend.outbox().discard(List.of(claimed.get(0), claimed.get(2)));
      return claimed.get(1);
    });

    assertThat(fanOutNothing()).isEmpty();
    assertThat(readBackAsTheSenderDoes(kept).resource()).isEqualTo(new ChangeEvent.Resource.ThreadState(thread));
    if (backend instanceof JdbiBackend) {
      assertThat(backend.eventCount(org)).as("discarded rows are deleted").isEqualTo(1);
    }
  }

  @Test
  void givenAFanOutThatFails_itsEventsAreHandedOutAgain() {
    MessageThread thread = whatsapp(org, 1);
    backend.events().record(new ChangeEvent(
        org, ChangeEvent.Kind.CREATE, new ChangeEvent.Resource.ThreadState(thread), List.of(), T0));

    assertThatThrownBy(() -> backend.transactions().inTransaction(() -> {
      backend.outbox().markProcessed(backend.outbox().claimUnprocessed(10));
      throw new IllegalStateException("fan-out crashed");
    })).hasMessage("fan-out crashed");

    assertThat(fanOutNothing()).hasSize(1);
  }

  /**
   * Two fan-outs at once (two nodes) never get the same event, and neither waits for the other. (H2 applies the
   * limit before skipping locked rows, so there the second claimer may get nothing; PostgreSQL hands it the next.)
   */
  @Test
  void givenConcurrentClaimers_noEventIsHandedOutTwice() throws Exception {
    Assumptions.assumeTrue(backend.concurrent(), "one lock serialises in-memory claimers");
    MessageThread thread = whatsapp(org, 1);
    for (int i = 0; i < 10; i++) {
      backend.events().record(new ChangeEvent(
          org, ChangeEvent.Kind.CREATE, new ChangeEvent.Resource.ThreadState(thread), List.of(), T0));
    }
    CountDownLatch bothClaimed = new CountDownLatch(2);
    try (ExecutorService nodes = Executors.newFixedThreadPool(2)) {
      List<Future<List<Long>>> claims = new ArrayList<>();
      for (int node = 0; node < 2; node++) {
        claims.add(nodes.submit(() -> backend.transactions().inTransaction(() -> {
          List<RecordedEvent> mine = backend.outbox().claimUnprocessed(5);
          bothClaimed.countDown();
          await(bothClaimed);
          backend.outbox().markProcessed(mine);
          return mine.stream().map(RecordedEvent::sequence).toList();
        })));
      }
      Set<Long> seen = new HashSet<>();
      int total = 0;
      for (Future<List<Long>> claim : claims) {
        List<Long> sequences = claim.get(30, TimeUnit.SECONDS);
        seen.addAll(sequences);
        total += sequences.size();
      }
      assertThat(seen).hasSize(total);
      assertThat(total).isGreaterThanOrEqualTo(5);
    }
  }

  private void recordThreadEvent(OrganizationId organization) {
    backend.events().record(new ChangeEvent(
        organization, ChangeEvent.Kind.CREATE, new ChangeEvent.Resource.ThreadState(whatsapp(organization, 1)),
        List.of(), T0));
  }

  @Test
  void givenEventsOfOrganizationsWithAndWithoutWebhooks_discardUnwatched_removesOnlyThoseWithout() {
    backend.webhooks().insert(webhook(org, WebhookEvent.UPDATE, T0, "deliveryStatus"));
    recordThreadEvent(otherOrg);
    recordThreadEvent(org);
    recordThreadEvent(otherOrg);
    recordThreadEvent(otherOrg);

    int discarded = backend.transactions().inTransaction(() -> backend.outbox().discardUnwatched(10));

    assertThat(discarded).isEqualTo(3);
    assertThat(fanOutNothing()).extracting(RecordedEvent::organizationId).containsExactly(org);
    assertThat(fanOutNothing()).isEmpty();
    if (backend instanceof JdbiBackend) {
      assertThat(backend.eventCount(otherOrg)).as("discarded rows are deleted").isZero();
    }
  }

  @Test
  void givenMoreEventsThanMax_discardUnwatched_looksAtTheOldestMaxOnly() {
    backend.webhooks().insert(webhook(org, WebhookEvent.UPDATE, T0, "deliveryStatus"));
    recordThreadEvent(org);
    recordThreadEvent(otherOrg);
    recordThreadEvent(otherOrg);

    int first = backend.transactions().inTransaction(() -> backend.outbox().discardUnwatched(2));
    int second = backend.transactions().inTransaction(() -> backend.outbox().discardUnwatched(2));

    assertThat(first).as("the oldest two hold one unwatched event").isEqualTo(1);
    assertThat(second).isEqualTo(1);
    assertThat(fanOutNothing()).extracting(RecordedEvent::organizationId).containsExactly(org);
  }

  /**
   * An event another node holds (claimed, not yet processed) is neither discarded nor waited for. PostgreSQL discards
   * the other event at once; H2 hands out nothing while the oldest row is locked, so there it goes on the next call.
   */
  @Test
  void givenAnEventAnotherReaderHolds_discardUnwatched_leavesItToItsHolder() throws Exception {
    Assumptions.assumeTrue(backend.concurrent(), "one lock serialises in-memory claimers");
    recordThreadEvent(otherOrg);
    recordThreadEvent(otherOrg);
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch discarded = new CountDownLatch(1);
    try (ExecutorService nodes = Executors.newFixedThreadPool(1)) {
      Future<List<RecordedEvent>> holder = nodes.submit(() -> backend.transactions().inTransaction(() -> {
        List<RecordedEvent> mine = backend.outbox().claimUnprocessed(1);
        held.countDown();
        await(discarded);
        backend.outbox().markProcessed(mine);
        return mine;
      }));
      await(held);
      int whileHeld = backend.transactions().inTransaction(() -> backend.outbox().discardUnwatched(10));
      discarded.countDown();
      List<RecordedEvent> holders = holder.get(30, TimeUnit.SECONDS);
      int afterwards = backend.transactions().inTransaction(() -> backend.outbox().discardUnwatched(10));

      assertThat(holders).hasSize(1);
      assertThat(whileHeld).isLessThanOrEqualTo(1);
      assertThat(whileHeld + afterwards).as("the event nobody held").isEqualTo(1);
      assertThat(backend.eventCount(otherOrg)).as("the held event, processed by its holder").isEqualTo(1);
    }
    assertThat(fanOutNothing()).isEmpty();
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- deliveries ----

  @Test
  void givenADelivery_itRoundTripsWithItsEvent_andAnAttemptReleasesTheLease() {
    MessageThread thread = stored(whatsapp(org, 1));
    long sequence = recordedEvent(thread);
    WebhookId webhook = new WebhookId(UUID.randomUUID());
    WebhookDelivery delivery = pending(webhook, thread.id().value(), sequence, T0);
    backend.webhookDeliveries().insert(delivery);

    List<DueDelivery> claimed = backend.webhookDeliveries().claimDue(10, T0, LEASE);
    WebhookDelivery retried = delivery.afterAttempt(attempt(micros(1), 500), ONE_RETRY);
    backend.webhookDeliveries().update(retried);

    assertThat(claimed).singleElement().satisfies(due -> {
      assertThat(due.delivery()).isEqualTo(delivery);
      assertThat(due.event().resource()).isEqualTo(new ChangeEvent.Resource.ThreadState(thread));
    });
    assertThat(backend.webhookDeliveries().findById(org, delivery.id())).contains(retried);
    assertThat(backend.webhookDeliveries().findById(otherOrg, delivery.id())).isEmpty();
    Instant retryAt = retried.nextAttemptAt().orElseThrow();
    assertThat(backend.webhookDeliveries().claimDue(10, retryAt.minusMillis(1), LEASE)).isEmpty();
    assertThat(backend.webhookDeliveries().claimDue(10, retryAt, LEASE)).hasSize(1);
  }

  @Test
  void givenAClaimedDelivery_itIsNotClaimedAgainUntilTheLeaseRunsOut() {
    MessageThread thread = stored(whatsapp(org, 1));
    backend.webhookDeliveries().insert(pending(new WebhookId(UUID.randomUUID()), thread.id().value(),
        recordedEvent(thread), T0));

    assertThat(backend.webhookDeliveries().claimDue(10, T0, LEASE)).hasSize(1);
    assertThat(backend.webhookDeliveries().claimDue(10, T0.plus(LEASE).minusMillis(1), LEASE)).isEmpty();
    assertThat(backend.webhookDeliveries().claimDue(10, T0.plus(LEASE).plusMillis(1), LEASE)).hasSize(1);
  }

  @Test
  void givenAnEarlierPendingDeliveryOfTheSameResource_theLaterOneWaitsForIt() {
    MessageThread thread = stored(whatsapp(org, 1));
    long firstEvent = recordedEvent(thread);
    long secondEvent = recordedEvent(thread);
    WebhookId webhook = new WebhookId(UUID.randomUUID());
    WebhookId otherWebhook = new WebhookId(UUID.randomUUID());
    UUID resource = thread.id().value();
    WebhookDelivery earlier = pending(webhook, resource, firstEvent, micros(100));
    WebhookDelivery later = pending(webhook, resource, secondEvent, T0);
    WebhookDelivery otherResource = pending(webhook, UUID.randomUUID(), secondEvent, T0);
    WebhookDelivery sameResourceOtherWebhook = pending(otherWebhook, resource, secondEvent, micros(1));
    List.of(earlier, later, otherResource, sameResourceOtherWebhook).forEach(backend.webhookDeliveries()::insert);

    List<DueDelivery> beforeTheEarlierIsDue = backend.webhookDeliveries().claimDue(10, micros(50), LEASE);
    List<DueDelivery> whileTheEarlierIsInFlight = backend.webhookDeliveries().claimDue(10, micros(200), LEASE);
    backend.webhookDeliveries().update(earlier.afterAttempt(attempt(micros(201), 204), ONE_RETRY));
    List<DueDelivery> afterItWasDelivered = backend.webhookDeliveries().claimDue(10, micros(300), LEASE);

    assertThat(beforeTheEarlierIsDue).extracting(due -> due.delivery().id())
        .containsExactly(otherResource.id(), sameResourceOtherWebhook.id());
    assertThat(whileTheEarlierIsInFlight).extracting(due -> due.delivery().id()).containsExactly(earlier.id());
    assertThat(afterItWasDelivered).extracting(due -> due.delivery().id()).containsExactly(later.id());
  }

  @Test
  void givenDeliveries_theLogListsAndFiltersThemPerOrganization() {
    MessageThread thread = stored(whatsapp(org, 1));
    long sequence = recordedEvent(thread);
    WebhookDelivery delivered = pending(new WebhookId(UUID.randomUUID()), UUID.randomUUID(), sequence, T0)
        .afterAttempt(attempt(T0, 200), ONE_RETRY);
    WebhookDelivery waiting = pending(new WebhookId(UUID.randomUUID()), UUID.randomUUID(), sequence, FAR_FUTURE);
    backend.webhookDeliveries().insert(delivered);
    backend.webhookDeliveries().insert(waiting);

    var pendingOnly = backend.webhookDeliveries().list(org, ListQuery.<WebhookDelivery>firstPage()
        .withFilter(Filter.of(WebhookLogFields.STATUS, Operator.EQ, List.of("pending"))));

    assertThat(backend.webhookDeliveries().list(org, ListQuery.firstPage()).items()).hasSize(2);
    assertThat(pendingOnly.items()).containsExactly(waiting);
    assertThat(backend.webhookDeliveries().list(otherOrg, ListQuery.firstPage()).items()).isEmpty();
    assertThat(backend.webhookDeliveries().findById(org, delivered.id()).orElseThrow().status())
        .isEqualTo(DeliveryState.DELIVERED);
  }

  @Test
  void givenConcurrentSenders_noDeliveryIsClaimedTwice() throws Exception {
    MessageThread thread = stored(whatsapp(org, 1));
    long sequence = recordedEvent(thread);
    Set<WebhookDeliveryId> all = new HashSet<>();
    for (int i = 0; i < 30; i++) {
      WebhookDelivery delivery = pending(new WebhookId(UUID.randomUUID()), UUID.randomUUID(), sequence, T0);
      backend.webhookDeliveries().insert(delivery);
      all.add(delivery.id());
    }
    CountDownLatch start = new CountDownLatch(1);
    List<WebhookDeliveryId> claimed = new ArrayList<>();
    try (ExecutorService nodes = Executors.newFixedThreadPool(4)) {
      List<Future<List<WebhookDeliveryId>>> results = new ArrayList<>();
      for (int node = 0; node < 4; node++) {
        results.add(nodes.submit(() -> {
          start.await();
          List<WebhookDeliveryId> mine = new ArrayList<>();
          List<DueDelivery> batch;
          do {
            batch = backend.webhookDeliveries().claimDue(3, micros(1), LEASE);
            batch.forEach(due -> mine.add(due.delivery().id()));
          } while (!batch.isEmpty());
          return mine;
        }));
      }
      start.countDown();
      for (Future<List<WebhookDeliveryId>> result : results) {
        claimed.addAll(result.get(30, TimeUnit.SECONDS));
      }
    }
    assertThat(claimed).doesNotHaveDuplicates();
    assertThat(new HashSet<>(claimed)).isEqualTo(all);
  }

  @Test
  void givenAnOrganizationsWebhooksAndLog_eraseAll_removesThemAndOnlyThem() {
    WebhookSubscription mine = webhook(org, WebhookEvent.CREATE, T0);
    WebhookSubscription theirs = webhook(otherOrg, WebhookEvent.CREATE, T0);
    backend.webhooks().insert(mine);
    backend.webhooks().insert(theirs);
    MessageThread thread = stored(whatsapp(org, 1));
    WebhookDelivery delivery = pending(mine.id(), thread.id().value(), recordedEvent(thread), FAR_FUTURE);
    backend.webhookDeliveries().insert(delivery);

    backend.organizationData().eraseAll(org);

    assertThat(backend.webhooks().findById(org, mine.id())).isEmpty();
    assertThat(backend.webhookDeliveries().findById(org, delivery.id())).isEmpty();
    assertThat(backend.webhooks().findById(otherOrg, theirs.id())).contains(theirs);
  }
}
