package dev.switchboard.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.switchboard.application.port.out.DeliveryQueue;
import dev.switchboard.application.port.out.DeliveryQueue.Job;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.MessageId;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.thread.MessageThread;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@code DeliveryQueue} does. The queue is shared by all organizations, so each test starts it empty. */
abstract class DeliveryQueueContract extends PersistenceContract {

  static final Duration LEASE = Duration.ofSeconds(30);
  static final Instant FAR_FUTURE = Instant.parse("2999-01-01T00:00:00Z");
  /** A burst to one candidate, faster than the channel's send rate. */
  static final int DEEP_BACKLOG = 5_000;

  @BeforeEach
  void drainQueue() {
    List<Job> left;
    do {
      left = queue().claim(200, FAR_FUTURE, LEASE);
      left.forEach(queue()::complete);
    } while (!left.isEmpty());
  }

  DeliveryQueue queue() {
    return backend.deliveryQueue();
  }

  private int threads;

  /** A stored message (jobs belong to messages) on a thread of its own, with a job due at {@code dueAt}. */
  MessageId enqueued(OrganizationId organization, Instant dueAt) {
    return enqueuedOn(stored(whatsapp(organization, ++threads)), dueAt);
  }

  MessageId enqueuedOn(MessageThread thread, Instant dueAt) {
    Message message = stored(outbound(thread));
    queue().enqueue(thread.organizationId(), message.id(), dueAt);
    return message.id();
  }

  /** The message ids of one claim. */
  List<MessageId> claimed(int max, Instant now) {
    return queue().claim(max, now, LEASE).stream().map(Job::messageId).toList();
  }

  /**
   * What a worker makes of the queue at {@code now}: claims until nothing is due and completes every job. Returns the
   * messages it would have sent, in order; a job whose message was deleted meanwhile is completed unsent.
   */
  List<MessageId> deliverAll(Instant now) {
    List<MessageId> sent = new ArrayList<>();
    for (List<Job> batch = queue().claim(10, now, LEASE); !batch.isEmpty(); batch = queue().claim(10, now, LEASE)) {
      for (Job job : batch) {
        if (backend.messages().findById(job.organizationId(), job.messageId()).isPresent()) {
          sent.add(job.messageId());
        }
        queue().complete(job);
      }
    }
    return sent;
  }

  /** Deletes a message the way the delete use case does: its job first, then the message, in one transaction. */
  void deleteMessage(MessageId message) {
    backend.transactions().inTransaction(() -> {
      queue().cancel(org, message);
      backend.messages().delete(org, message);
      return null;
    });
  }

  @Test
  void onlyTheOldestJobOfAThreadIsClaimable_soAThreadsMessagesGoOutInAcceptanceOrder() {
    MessageThread thread = stored(whatsapp(org, ++threads));
    MessageId first = enqueuedOn(thread, micros(10));
    MessageId second = enqueuedOn(thread, micros(5));
    MessageId elsewhere = enqueued(org, micros(20));

    List<Job> claimed = queue().claim(10, micros(100), LEASE);
    assertThat(claimed).containsExactly(new Job(org, first, 0), new Job(org, elsewhere, 0));
    assertThat(queue().claim(10, micros(100), LEASE)).isEmpty();

    queue().retryAt(claimed.getFirst(), micros(1_000));
    assertThat(queue().claim(10, micros(500), LEASE)).as("held back by the retry").isEmpty();
    queue().complete(queue().claim(10, micros(1_000), LEASE).getFirst());
    assertThat(queue().claim(10, micros(1_000), LEASE)).containsExactly(new Job(org, second, 0));
  }

  @Test
  void aPostponedJobComesBackLaterWithTheSameAttemptCount() {
    MessageId message = enqueued(org, T0);
    Job job = queue().claim(1, T0, LEASE).getFirst();

    queue().postpone(job, micros(2_000));

    assertThat(queue().claim(10, micros(1_999), LEASE)).isEmpty();
    assertThat(queue().claim(10, micros(2_000), LEASE)).containsExactly(new Job(org, message, 0));
  }

  @Test
  void claimsDueJobsInDueOrderUpToTheMaximum() {
    MessageId later = enqueued(org, micros(20));
    MessageId first = enqueued(org, micros(10));
    MessageId notDue = enqueued(org, micros(1_000));
    MessageId sameTimeSecond = enqueued(otherOrg, micros(20));

    List<Job> claimed = queue().claim(2, micros(100), LEASE);
    assertThat(claimed).containsExactly(new Job(org, first, 0), new Job(org, later, 0));
    assertThat(queue().claim(10, micros(100), LEASE)).containsExactly(new Job(otherOrg, sameTimeSecond, 0));
    assertThat(queue().claim(10, micros(100), LEASE)).isEmpty();
    assertThat(queue().claim(10, micros(1_000), LEASE)).containsExactly(new Job(org, notDue, 0));
  }

  @Test
  void aLeasedJobIsNotClaimedAgainUntilTheLeaseRunsOut() {
    MessageId message = enqueued(org, T0);

    assertThat(queue().claim(10, T0, LEASE)).hasSize(1);
    assertThat(queue().claim(10, T0.plus(LEASE).minusMillis(1), LEASE)).isEmpty();
    assertThat(queue().claim(10, T0.plus(LEASE).plusMillis(1), LEASE)).containsExactly(new Job(org, message, 0));
  }

  @Test
  void completedAndCancelledJobsLeaveTheQueue() {
    MessageId done = enqueued(org, T0);
    MessageId cancelled = enqueued(org, T0);
    Job job = queue().claim(1, T0, LEASE).getFirst();
    assertThat(job.messageId()).isEqualTo(done);

    queue().complete(job);
    queue().cancel(otherOrg, cancelled);
    assertThat(queue().claim(10, FAR_FUTURE, LEASE)).containsExactly(new Job(org, cancelled, 0));

    queue().cancel(org, cancelled);
    assertThat(queue().claim(10, FAR_FUTURE.plus(LEASE).plusSeconds(1), LEASE)).isEmpty();
  }

  @Test
  void aRetriedJobComesBackLaterWithOneMoreAttempt() {
    MessageId message = enqueued(org, T0);
    Job job = queue().claim(1, T0, LEASE).getFirst();

    queue().retryAt(job, micros(5_000_000));

    assertThat(queue().claim(10, micros(4_999_999), LEASE)).isEmpty();
    Job again = queue().claim(10, micros(5_000_000), LEASE).getFirst();
    assertThat(again).isEqualTo(new Job(org, message, 1));
    queue().retryAt(again, micros(6_000_000));
    assertThat(queue().claim(10, micros(6_000_000), LEASE)).containsExactly(new Job(org, message, 2));
  }

  @Test
  void aPostponedHeadHoldsBackTheRestOfItsThread() {
    MessageThread thread = stored(whatsapp(org, ++threads));
    MessageId first = enqueuedOn(thread, T0);
    MessageId second = enqueuedOn(thread, T0);
    queue().postpone(queue().claim(10, T0, LEASE).getFirst(), micros(2_000));

    List<MessageId> meanwhile = claimed(10, micros(1_999));
    List<Job> whenDue = queue().claim(10, micros(2_000), LEASE);
    queue().complete(whenDue.getFirst());
    List<MessageId> afterwards = claimed(10, micros(2_000));

    assertThat(meanwhile).isEmpty();
    assertThat(whenDue).containsExactly(new Job(org, first, 0));
    assertThat(afterwards).containsExactly(second);
  }

  @Test
  void aHeadWhoseLeaseRanOutIsHandedOutAgain_beforeTheRestOfItsThread() {
    MessageThread thread = stored(whatsapp(org, ++threads));
    MessageId first = enqueuedOn(thread, T0);
    MessageId second = enqueuedOn(thread, T0);
    queue().claim(10, T0, LEASE);
    Instant leaseOver = T0.plus(LEASE).plusMillis(1);

    List<Job> again = queue().claim(10, leaseOver, LEASE);
    queue().complete(again.getFirst());
    List<MessageId> afterwards = claimed(10, leaseOver);

    assertThat(again).containsExactly(new Job(org, first, 0));
    assertThat(afterwards).containsExactly(second);
  }

  @Test
  void deletingTheMessageOfALeasedHead_handsOutTheNextJobOfItsThreadAtOnce() {
    MessageThread thread = stored(whatsapp(org, ++threads));
    MessageId first = enqueuedOn(thread, T0);
    MessageId second = enqueuedOn(thread, T0);
    enqueuedOn(thread, T0);
    queue().claim(10, T0, LEASE);

    deleteMessage(first);

    assertThat(claimed(10, T0)).containsExactly(second);
  }

  @Test
  void deletingTheMessageOfAHeadWaitingForItsRetry_handsOutTheNextJobOfItsThreadAtOnce() {
    MessageThread thread = stored(whatsapp(org, ++threads));
    MessageId first = enqueuedOn(thread, T0);
    MessageId second = enqueuedOn(thread, T0);
    queue().retryAt(queue().claim(10, T0, LEASE).getFirst(), micros(5_000_000));

    deleteMessage(first);

    assertThat(claimed(10, T0)).containsExactly(second);
  }

  @Test
  void deletingTheMessageOfAWaitingJob_leavesTheHeadAndTheOrderAlone() {
    MessageThread thread = stored(whatsapp(org, ++threads));
    enqueuedOn(thread, T0);
    MessageId second = enqueuedOn(thread, T0);
    MessageId third = enqueuedOn(thread, T0);
    Job head = queue().claim(10, T0, LEASE).getFirst();

    deleteMessage(second);
    List<MessageId> whileTheHeadIsLeased = claimed(10, T0);
    queue().complete(head);

    assertThat(whileTheHeadIsLeased).isEmpty();
    assertThat(claimed(10, T0)).containsExactly(third);
  }

  /** Only the delete use case cancels jobs; a message deleted any other way takes its job with it all the same. */
  @Test
  void aHeadWhoseMessageIsDeletedWithoutCancellingItsJob_blocksItsThreadNoLongerThanItsLease() {
    MessageThread thread = stored(whatsapp(org, ++threads));
    MessageId first = enqueuedOn(thread, T0);
    MessageId second = enqueuedOn(thread, T0);
    MessageId third = enqueuedOn(thread, T0);
    queue().claim(10, T0, LEASE);

    backend.messages().delete(org, first);

    assertThat(deliverAll(T0.plus(LEASE).plusMillis(1))).containsExactly(second, third);
  }

  /** A worker holding the deleted thread's head died: the lease runs out and nothing of the thread is left. */
  @Test
  void deletingAThreadWithJobsLeavesNothingBehind_andHoldsUpNoOtherThread() {
    MessageThread deleted = stored(whatsapp(org, ++threads));
    MessageThread kept = stored(whatsapp(org, ++threads));
    enqueuedOn(deleted, T0);
    enqueuedOn(deleted, T0);
    MessageId keptFirst = enqueuedOn(kept, T0);
    MessageId keptSecond = enqueuedOn(kept, T0);
    List<Job> heads = queue().claim(10, T0, LEASE);

    backend.threads().delete(org, deleted.id());
    heads.stream().filter(job -> job.messageId().equals(keptFirst)).forEach(queue()::complete);

    assertThat(deliverAll(T0.plus(LEASE).plusMillis(1))).containsExactly(keptSecond);
    assertThat(queue().claim(10, FAR_FUTURE, LEASE)).isEmpty();
  }

  @Test
  void interleavedThreadsEachKeepTheirOwnOrder_oneJobPerThreadAtATime() {
    MessageThread a = stored(whatsapp(org, ++threads));
    MessageThread b = stored(whatsapp(org, ++threads));
    List<MessageId> accepted = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      accepted.add(enqueuedOn(a, micros(i)));
      accepted.add(enqueuedOn(b, micros(i)));
    }

    List<List<MessageId>> rounds = new ArrayList<>();
    for (List<Job> batch = queue().claim(10, micros(10), LEASE); !batch.isEmpty();
        batch = queue().claim(10, micros(10), LEASE)) {
      rounds.add(batch.stream().map(Job::messageId).toList());
      batch.forEach(queue()::complete);
    }

    assertThat(rounds).containsExactly(
        List.of(accepted.get(0), accepted.get(1)),
        List.of(accepted.get(2), accepted.get(3)),
        List.of(accepted.get(4), accepted.get(5)));
  }

  /** The accept path may write several messages of one thread in one transaction: they wait behind each other. */
  @Test
  void jobsOfOneThreadEnqueuedInOneTransaction_goOutOneAtATimeInThatOrder() {
    MessageThread thread = stored(whatsapp(org, ++threads));
    MessageId leased = enqueuedOn(thread, T0);
    Job head = queue().claim(10, T0, LEASE).getFirst();

    List<MessageId> together = backend.transactions().inTransaction(
        () -> List.of(enqueuedOn(thread, T0), enqueuedOn(thread, T0), enqueuedOn(thread, T0)));
    List<MessageId> whileTheHeadIsLeased = claimed(10, T0);
    queue().complete(head);

    assertThat(head.messageId()).isEqualTo(leased);
    assertThat(whileTheHeadIsLeased).isEmpty();
    assertThat(deliverAll(T0)).containsExactlyElementsOf(together);
  }

  @Test
  void aNewThreadsJobsEnqueuedInOneTransaction_goOutInThatOrder() {
    MessageThread thread = stored(whatsapp(org, ++threads));

    List<MessageId> together = backend.transactions().inTransaction(
        () -> List.of(enqueuedOn(thread, T0), enqueuedOn(thread, T0), enqueuedOn(thread, T0)));

    assertThat(deliverAll(T0)).containsExactlyElementsOf(together);
  }

  /**
   * A burst to one thread holds up no other thread: the deep thread is first in due order, yet a claim hands out its
   * head and every other thread's due job, and none of the jobs behind its head. (What a claim costs is measured by
   * the next test.)
   */
  @Test
  void aThreadWithThousandsOfJobs_holdsUpNoOtherThread() {
    MessageThread deep = stored(whatsapp(org, ++threads));
    List<MessageId> backlog = deepBacklog(deep, DEEP_BACKLOG);
    List<MessageId> others = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      others.add(enqueued(org, micros(2)));
    }

    List<Job> first = queue().claim(10, micros(100), LEASE);
    first.forEach(queue()::complete);
    MessageId lateOther = enqueued(org, micros(3));
    List<MessageId> second = claimed(10, micros(100));
    backend.threads().delete(org, deep.id()); // spares the next test's drain thousands of claims

    assertThat(first).extracting(Job::messageId)
        .containsExactlyElementsOf(Stream.concat(Stream.of(backlog.getFirst()), others.stream()).toList());
    assertThat(second).containsExactly(backlog.get(1), lateOther);
  }

  /**
   * A claim costs its batch, whatever waits behind a thread's head; measured where the database counts the rows it
   * reads. Claiming and completing these ten heads reads about 30 rows; scanning the due jobs read over 10,000.
   */
  @Test
  void claimingAndCompletingADeepThreadsHead_readsNoneOfTheJobsWaitingBehindIt() {
    assumeTrue(backend.rowsRead("delivery_jobs", () -> {}).isPresent(), "the backend does not count rows read");
    MessageThread deep = stored(whatsapp(org, ++threads));
    deepBacklog(deep, DEEP_BACKLOG);
    for (int i = 0; i < 9; i++) {
      enqueued(org, micros(2));
    }

    OptionalLong rowsRead = backend.rowsRead(
        "delivery_jobs", () -> queue().claim(10, micros(100), LEASE).forEach(queue()::complete));
    backend.threads().delete(org, deep.id()); // spares the next test's drain thousands of claims

    assertThat(rowsRead.orElseThrow()).as("rows of delivery_jobs read").isLessThan(100);
  }

  /** {@code size} jobs on {@code thread}, due at micros(1), written in one transaction (as a batched accept would). */
  List<MessageId> deepBacklog(MessageThread thread, int size) {
    return backend.transactions().inTransaction(() -> {
      List<MessageId> backlog = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        backlog.add(enqueuedOn(thread, micros(1)));
      }
      return backlog;
    });
  }

  /**
   * The interleaving that could lose a job: a thread's last job completes while the next one for that thread is
   * written but not committed. The enqueue's transaction stays open until the completion returns, or half a second
   * (a queue that makes the completion wait for it): either way the new job must become the thread's head.
   */
  @Test
  void aJobCommittedJustAfterItsThreadsLastJobCompleted_isHandedOut() throws Exception {
    MessageThread thread = stored(whatsapp(org, ++threads));
    enqueuedOn(thread, T0);
    Job last = queue().claim(10, T0, LEASE).getFirst();
    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch completed = new CountDownLatch(1);
    try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
      Future<MessageId> next = pool.submit(() -> backend.transactions().inTransaction(() -> {
        MessageId enqueued = enqueuedOn(thread, T0);
        written.countDown();
        awaitAtMost(completed, Duration.ofMillis(500));
        return enqueued;
      }));
      written.await();

      queue().complete(last);
      completed.countDown();
      MessageId committed = next.get(10, TimeUnit.SECONDS);

      assertThat(claimed(10, T0)).containsExactly(committed);
    }
  }

  /** The same race the other way round: the completion's transaction is open while the next job is enqueued. */
  @Test
  void aJobEnqueuedWhileItsThreadsLastJobCompletes_isHandedOut() throws Exception {
    MessageThread thread = stored(whatsapp(org, ++threads));
    enqueuedOn(thread, T0);
    Job last = queue().claim(10, T0, LEASE).getFirst();
    CountDownLatch completing = new CountDownLatch(1);
    CountDownLatch enqueued = new CountDownLatch(1);
    try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
      Future<?> completion = pool.submit(() -> backend.transactions().inTransaction(() -> {
        queue().complete(last);
        completing.countDown();
        awaitAtMost(enqueued, Duration.ofMillis(500));
        return null;
      }));
      completing.await();

      MessageId next = enqueuedOn(thread, T0);
      enqueued.countDown();
      completion.get(10, TimeUnit.SECONDS);

      assertThat(claimed(10, T0)).containsExactly(next);
    }
  }

  /**
   * Workers claim, send (a pause), complete and sometimes retry while producers keep enqueueing into the same threads,
   * some of them three messages per transaction, pausing before they commit as the accept path does (it writes the
   * message's event after its job): a thread's head is often completed while a job for it is written but not yet
   * committed. Every job is completed exactly once, no thread ever has two jobs out at once, and each producer's
   * messages to a thread go out in the order it enqueued them. A job lost behind its thread shows as a timeout.
   */
  @Test
  void concurrentEnqueuesAndWorkers_deliverEveryJobOnce_oneAtATimePerThread_inOrder() throws Exception {
    record Origin(int thread, int producer, int n) {}
    int producers = 3;
    int perProducer = 60;
    int workers = 3;
    List<MessageThread> targets = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      targets.add(stored(whatsapp(org, ++threads)));
    }
    Map<MessageId, Origin> origins = new ConcurrentHashMap<>();
    Map<Integer, List<Origin>> handedOut = new ConcurrentHashMap<>();
    Set<Integer> inFlight = ConcurrentHashMap.newKeySet();
    Set<MessageId> completed = ConcurrentHashMap.newKeySet();
    List<String> violations = new CopyOnWriteArrayList<>();
    CountDownLatch start = new CountDownLatch(1);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    List<Future<?>> tasks = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(producers + workers)) {
      for (int p = 0; p < producers; p++) {
        int producer = p;
        tasks.add(pool.submit(() -> {
          start.await();
          for (int n = 0; n < perProducer; ) {
            int thread = (n * 5 + producer) % targets.size();
            int together = n % 4 == 0 ? 3 : 1;
            int first = n;
            backend.transactions().inTransaction(() -> {
              for (int k = first; k < first + together; k++) {
                Message message = outbound(targets.get(thread));
                origins.put(message.id(), new Origin(thread, producer, k));
                stored(message);
                queue().enqueue(org, message.id(), T0);
              }
              pause();
              return null;
            });
            n += together;
          }
          return null;
        }));
      }
      for (int w = 0; w < workers; w++) {
        tasks.add(pool.submit(() -> {
          start.await();
          while (completed.size() < producers * perProducer && System.nanoTime() < deadline) {
            List<Job> batch = queue().claim(3, micros(1), LEASE);
            if (batch.isEmpty()) {
              pause();
            }
            for (Job job : batch) {
              Origin origin = origins.get(job.messageId());
              if (!inFlight.add(origin.thread())) {
                violations.add("two jobs of thread " + origin.thread() + " out at once");
              }
              pause();
              boolean retry = job.attempts() == 0 && job.messageId().value().hashCode() % 5 == 0;
              if (!retry) {
                handedOut.computeIfAbsent(origin.thread(), key -> new CopyOnWriteArrayList<>()).add(origin);
                if (!completed.add(job.messageId())) {
                  violations.add("completed twice: " + origin);
                }
              }
              inFlight.remove(origin.thread());
              if (retry) {
                queue().retryAt(job, micros(1));
              } else {
                queue().complete(job);
              }
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> task : tasks) {
        task.get(90, TimeUnit.SECONDS);
      }
    }

    assertThat(violations).isEmpty();
    assertThat(completed).as("completed jobs").containsExactlyInAnyOrderElementsOf(origins.keySet());
    handedOut.forEach((thread, order) -> {
      for (int producer = 0; producer < producers; producer++) {
        int of = producer;
        assertThat(order.stream().filter(origin -> origin.producer() == of).map(Origin::n).toList())
            .as("thread %d, producer %d", thread, producer).isSorted();
      }
    });
    assertThat(queue().claim(10, FAR_FUTURE, LEASE)).isEmpty();
  }

  private static void pause() {
    awaitAtMost(new CountDownLatch(1), Duration.ofMillis(1));
  }

  static void awaitAtMost(CountDownLatch latch, Duration timeout) {
    try {
      latch.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Workers claiming at once each get their own jobs: no job is handed out twice. */
  @Test
  void concurrentClaimersNeverGetTheSameJob() throws Exception {
    Set<MessageId> all = new HashSet<>();
    for (int i = 0; i < 40; i++) {
      all.add(enqueued(org, T0));
    }
    int workers = 4;
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Job>>> results = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
      for (int w = 0; w < workers; w++) {
        Callable<List<Job>> worker = () -> {
          start.await();
          List<Job> mine = new ArrayList<>();
          List<Job> batch;
          do {
            batch = queue().claim(3, micros(1), LEASE);
            mine.addAll(batch);
          } while (!batch.isEmpty());
          return mine;
        };
        results.add(pool.submit(worker));
      }
      start.countDown();
      List<MessageId> claimed = new ArrayList<>();
      for (Future<List<Job>> result : results) {
        result.get(30, TimeUnit.SECONDS).forEach(job -> claimed.add(job.messageId()));
      }
      assertThat(claimed).doesNotHaveDuplicates();
      assertThat(new HashSet<>(claimed)).isEqualTo(all);
    }
  }
}
