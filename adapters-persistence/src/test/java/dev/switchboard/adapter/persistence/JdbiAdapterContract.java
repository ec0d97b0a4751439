package dev.switchboard.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.switchboard.adapter.persistence.testing.TestDatabase;
import dev.switchboard.application.port.out.DeliveryQueue;
import dev.switchboard.application.port.out.DeliveryQueue.Job;
import dev.switchboard.domain.message.DeliveryStatus;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.MessageId;
import dev.switchboard.domain.message.StatusUpdate;
import dev.switchboard.domain.thread.MessageThread;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** What only the database adapters do: status history, cascades to jobs, the Flyway schema. */
abstract class JdbiAdapterContract extends PersistenceContract {

  JdbiBackend jdbi() {
    return (JdbiBackend) backend;
  }

  @Test
  void everyStatusChangeIsWrittenToTheHistory() {
    MessageThread thread = stored(whatsapp(org, 1));
    Message message = stored(outbound(thread));
    Message sent = message.apply(StatusUpdate.SENT, micros(1)).message();
    backend.messages().update(sent);
    backend.messages().update(sent.withProviderMessageId("p-1", micros(2)));
    Message read = sent.apply(StatusUpdate.READ, micros(3)).message();
    backend.messages().update(read);

    List<String> history = jdbi().persistence().jdbi().withHandle(handle -> handle
        .createQuery("SELECT delivery_status FROM message_status_history WHERE organization_id = :org ORDER BY seq")
        .bind("org", org.value())
        .mapTo(String.class)
        .list());
    assertThat(history).containsExactly("accepted", "sent", "read");
    assertThat(read.deliveryStatus()).isEqualTo(DeliveryStatus.READ);
  }

  @Test
  void deletingAMessageDropsItsJobAndDeletingAThreadDropsEverything() {
    MessageThread thread = stored(whatsapp(org, 1));
    Message first = stored(outbound(thread));
    Message second = stored(outbound(thread));
    backend.deliveryQueue().enqueue(org, first.id(), T0);
    backend.deliveryQueue().enqueue(org, second.id(), T0);

    backend.messages().delete(org, first.id());
    assertThat(jdbi().count("delivery_jobs", org)).isEqualTo(1);
    assertThat(jdbi().count("message_status_history", org)).isEqualTo(1);

    backend.threads().delete(org, thread.id());
    assertThat(jdbi().count("delivery_jobs", org)).isZero();
    assertThat(jdbi().count("messages", org)).isZero();
    assertThat(jdbi().count("message_status_history", org)).isZero();
    assertThat(backend.deliveryQueue().claim(10, T0.plus(Duration.ofDays(1)), Duration.ofSeconds(1)))
        .noneMatch(job -> job.organizationId().equals(org));
    assertThat(jdbi().count("delivery_heads", org)).as("dropped by the claim that found the thread empty").isZero();
  }

  @Test
  void erasingAnOrganizationLeavesNoHistoryNorJobOfIt() {
    MessageThread thread = stored(whatsapp(org, 1));
    Message message = stored(outbound(thread));
    backend.deliveryQueue().enqueue(org, message.id(), T0);
    Message kept = stored(outbound(stored(whatsapp(otherOrg, 1))));
    backend.deliveryQueue().enqueue(otherOrg, kept.id(), T0);

    backend.organizationData().eraseAll(org);

    for (String table : List.of("message_status_history", "delivery_jobs", "delivery_heads", "messages")) {
      assertThat(jdbi().count(table, org)).as(table).isZero();
      assertThat(jdbi().count(table, otherOrg)).as(table).isEqualTo(1);
    }
  }

  /** A fresh database without any schema, of the kind the backend runs on. */
  protected abstract TestDatabase emptyDatabase();

  /**
   * V5 moved the schedule of each thread's head onto delivery_heads: jobs queued before it (a leased head, a head
   * waiting for its retry, jobs waiting behind them) come out when and in the order they would have.
   */
  @Test
  void jobsQueuedBeforeVersion5_keepTheirScheduleAndOrder() {
    try (TestDatabase database = emptyDatabase(); HikariDataSource pool = DataSources.hikari(database.config())) {
      Flyway.configure().dataSource(pool).locations("classpath:db/migration")
          .placeholders(Database.detect(pool).placeholders()).target("4").load().migrate();
      JdbiTransactions version4 = new JdbiTransactions(JdbiPersistence.configuredJdbi(pool));
      MessageThread leasedThread = whatsapp(org, 1);
      MessageThread retriedThread = whatsapp(org, 2);
      MessageThread idleThread = whatsapp(org, 3);
      MessageId leased = queuedBeforeVersion5(version4, leasedThread, T0, micros(1_000), 0);
      MessageId behindLeased = queuedBeforeVersion5(version4, leasedThread, T0, null, 0);
      MessageId retried = queuedBeforeVersion5(version4, retriedThread, micros(5_000), null, 2);
      MessageId behindRetried = queuedBeforeVersion5(version4, retriedThread, T0, null, 0);
      MessageId idle = queuedBeforeVersion5(version4, idleThread, micros(10), null, 0);

      DeliveryQueue queue = JdbiPersistence.create(pool).deliveryQueue();

      Duration lease = Duration.ofSeconds(30);
      List<Job> beforeTheLeaseEnds = queue.claim(10, micros(999), lease);
      List<Job> afterTheLease = queue.claim(10, micros(1_000), lease);
      List<Job> afterTheRetry = queue.claim(10, micros(5_000), lease);
      afterTheLease.forEach(queue::complete);
      afterTheRetry.forEach(queue::complete);
      List<Job> behind = queue.claim(10, micros(5_000), lease);
      assertThat(beforeTheLeaseEnds).containsExactly(new Job(org, idle, 0));
      assertThat(afterTheLease).containsExactly(new Job(org, leased, 0));
      assertThat(afterTheRetry).containsExactly(new Job(org, retried, 2));
      assertThat(behind).containsExactly(new Job(org, behindLeased, 0), new Job(org, behindRetried, 0));
    }
  }

  /** A message on {@code thread} (stored with it the first time) with a job as version 4 kept it. */
  private MessageId queuedBeforeVersion5(
      JdbiTransactions transactions, MessageThread thread, Instant dueAt, Instant leasedUntil, int attempts) {
    JdbiThreadRepository threads = new JdbiThreadRepository(transactions);
    if (threads.findById(thread.organizationId(), thread.id()).isEmpty()) {
      threads.insert(thread);
    }
    Message message = outbound(thread);
    new JdbiMessageRepository(transactions).insert(message);
    transactions.withHandle(handle -> handle.createUpdate("INSERT INTO delivery_jobs"
            + " (message_id, organization_id, due_at, leased_until, attempts, thread_id)"
            + " VALUES (:message, :org, :dueAt, :leasedUntil, :attempts, :thread)")
        .bind("message", message.id().value())
        .bind("org", thread.organizationId().value())
        .bind("dueAt", dueAt)
        .bindByType("leasedUntil", leasedUntil, Instant.class)
        .bind("attempts", attempts)
        .bind("thread", thread.id().value())
        .execute());
    return message.id();
  }

  /**
   * On PostgreSQL an enqueue's lock on its thread's row is shared, so a burst to one thread is not serialised (its
   * accepts would take turns, commit by commit) and a claim does not skip the thread while messages arrive for it.
   */
  @Test
  void onPostgresql_anOpenEnqueueHoldsUpNeitherOtherEnqueuesNorClaimsOfItsThread() throws Exception {
    assumeTrue(jdbi().persistence().isPostgresql(), "H2 has only exclusive row locks");
    MessageThread thread = stored(whatsapp(org, 1));
    MessageId head = enqueuedOn(thread);
    CountDownLatch open = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(1);
    try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
      Future<Boolean> openEnqueue = pool.submit(() -> backend.transactions().inTransaction(() -> {
        enqueuedOn(thread);
        open.countDown();
        return awaitAtMost(done, Duration.ofSeconds(5));
      }));
      open.await();

      enqueuedOn(thread);
      List<Job> claimed = backend.deliveryQueue().claim(10, T0, Duration.ofSeconds(30));
      done.countDown();
      openEnqueue.get(10, TimeUnit.SECONDS);
      backend.threads().delete(org, thread.id()); // the tests of this class share the queue

      assertThat(openEnqueue.get(10, TimeUnit.SECONDS)).as("both done while the first enqueue was open").isTrue();
      assertThat(claimed).filteredOn(job -> job.organizationId().equals(org)).containsExactly(new Job(org, head, 0));
    }
  }

  /**
   * On PostgreSQL two enqueues into one thread that overlap may commit out of seq order. The job committed first may go
   * first; once handed out it keeps its thread's turn, through its retry, before the older job that committed later.
   */
  @Test
  void onPostgresql_aJobHandedOutKeepsItsTurnThroughItsRetry_beforeAnOlderJobCommittedLater() throws Exception {
    assumeTrue(jdbi().persistence().isPostgresql(), "on H2 the second enqueue waits for the first");
    DeliveryQueue queue = backend.deliveryQueue();
    Duration lease = Duration.ofSeconds(30);
    MessageThread thread = stored(whatsapp(org, 1));
    MessageId head = enqueuedOn(thread);
    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
      Future<MessageId> committedLater = pool.submit(() -> backend.transactions().inTransaction(() -> {
        MessageId older = enqueuedOn(thread);
        written.countDown();
        awaitAtMost(commit, Duration.ofSeconds(10));
        return older;
      }));
      written.await();
      MessageId committedFirst = enqueuedOn(thread);
      queue.complete(queue.claim(10, T0, lease).getFirst());
      Job handedOut = queue.claim(10, T0, lease).getFirst();
      queue.retryAt(handedOut, micros(1_000));
      commit.countDown();
      MessageId older = committedLater.get(10, TimeUnit.SECONDS);

      Job again = queue.claim(10, micros(1_000), lease).getFirst();
      queue.complete(again);
      List<Job> after = queue.claim(10, micros(1_000), lease);
      backend.threads().delete(org, thread.id()); // the tests of this class share the queue

      assertThat(head).isNotIn(committedFirst, older);
      assertThat(handedOut.messageId()).isEqualTo(committedFirst);
      assertThat(again).isEqualTo(new Job(org, committedFirst, 1));
      assertThat(after).filteredOn(job -> job.organizationId().equals(org)).containsExactly(new Job(org, older, 0));
    }
  }

  private MessageId enqueuedOn(MessageThread thread) {
    Message message = stored(outbound(thread));
    backend.deliveryQueue().enqueue(org, message.id(), T0);
    return message.id();
  }

  private static boolean awaitAtMost(CountDownLatch latch, Duration timeout) {
    try {
      return latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * PostgreSQL caches sequence values per session, so a cache above 1 would give rows inserted later a smaller seq than
   * rows of another session; on H2 the cache belongs to the one sequence and only spares it metadata writes.
   */
  @Test
  void identitySequences_cacheManyValuesOnH2Only() {
    String query = jdbi().persistence().isPostgresql()
        ? "SELECT s.cache_size FROM pg_sequences s WHERE s.schemaname || '.' || s.sequencename"
            + " = pg_get_serial_sequence(:table, 'seq')"
        : "SELECT identity_cache FROM information_schema.columns WHERE table_name = :table AND column_name = 'seq'";
    long expected = jdbi().persistence().isPostgresql() ? 1 : 1000;
    for (String table : List.of("message_status_history", "delivery_jobs", "events", "delivery_heads")) {
      long cache = jdbi().persistence().jdbi().withHandle(handle ->
          handle.createQuery(query).bind("table", table).mapTo(Long.class).one());
      assertThat(cache).as(table).isEqualTo(expected);
    }
  }

  @Test
  void migratingAgainChangesNothing() {
    JdbiPersistence again = JdbiPersistence.create(jdbi().dataSource());
    assertThat(again.isPostgresql()).isEqualTo(jdbi().persistence().isPostgresql());
    stored(whatsapp(org, 1));
    assertThat(again.threads().findByIdentifier(org, dev.switchboard.domain.channel.Channel.WHATSAPP, phone(1)))
        .isPresent();
  }
}
