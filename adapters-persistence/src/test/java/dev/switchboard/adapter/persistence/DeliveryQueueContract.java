package dev.switchboard.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@code DeliveryQueue} does. The queue is shared by all organizations, so each test starts it empty. */
abstract class DeliveryQueueContract extends PersistenceContract {

  static final Duration LEASE = Duration.ofSeconds(30);
  static final Instant FAR_FUTURE = Instant.parse("2999-01-01T00:00:00Z");

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
