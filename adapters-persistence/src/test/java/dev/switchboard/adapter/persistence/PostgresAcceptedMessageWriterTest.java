package dev.switchboard.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.out.DeliveryQueue;
import dev.switchboard.application.port.out.DeliveryQueue.Job;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.thread.MessageThread;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.Test;

/** {@link AcceptedMessageWriterContract} on PostgreSQL, and what only its single-statement batch meets. */
class PostgresAcceptedMessageWriterTest extends JdbiAcceptedMessageWriterContract {
  @Override
  protected Backend openBackend() {
    return JdbiBackend.embeddedPostgres();
  }

  /**
   * Another node accepts a thread's first message, creating the thread's row of {@code delivery_heads}, while this
   * node writes a message to the same thread (inside a transaction, to look before it commits): the statement waits
   * for the other node's row, then holds it as every enqueue does, so that nothing can delete it as empty before the
   * new job is committed. Both jobs are then handed out in turn.
   */
  @Test
  void aThreadsRowMadeByAnotherNodeDuringTheWrite_isHeldUntilTheWriteCommits() throws Exception {
    MessageThread thread = stored(whatsapp(org, 1));
    Message first = outbound(thread);
    Message second = outbound(thread);
    JdbiPersistence otherNode = JdbiPersistence.create(((JdbiBackend) backend).dataSource());
    CountDownLatch firstWritten = new CountDownLatch(1);
    CountDownLatch commitFirst = new CountDownLatch(1);
    CountDownLatch secondWritten = new CountDownLatch(1);
    CountDownLatch commitSecond = new CountDownLatch(1);
    boolean rowFreeBeforeTheCommit;
    try (ExecutorService nodes = Executors.newVirtualThreadPerTaskExecutor()) {
      Future<?> otherTransaction = nodes.submit(() -> otherNode.transactions().inTransaction(() -> {
        otherNode.acceptedMessages().write(first, creation(first));
        firstWritten.countDown();
        DeliveryQueueContract.awaitAtMost(commitFirst, Duration.ofSeconds(10));
        return null;
      }));
      firstWritten.await();
      Future<?> secondTransaction = nodes.submit(() -> backend.transactions().inTransaction(() -> {
        write(second);
        secondWritten.countDown();
        DeliveryQueueContract.awaitAtMost(commitSecond, Duration.ofSeconds(10));
        return null;
      }));
      awaitASessionWaitingForALock();
      commitFirst.countDown();
      otherTransaction.get(10, TimeUnit.SECONDS);
      secondWritten.await();
      rowFreeBeforeTheCommit = canLockAtOnce(thread);
      commitSecond.countDown();
      secondTransaction.get(10, TimeUnit.SECONDS);
    }

    assertThat(rowFreeBeforeTheCommit).as("the thread's row could be locked before the write committed").isFalse();
    DeliveryQueue queue = backend.deliveryQueue();
    Job head = queue.claim(10, T0.plus(Duration.ofDays(1)), Duration.ofMinutes(1)).getFirst();
    queue.complete(head);
    assertThat(head.messageId()).isEqualTo(first.id());
    assertThat(dueJobs()).extracting(Job::messageId).containsExactly(second.id());
  }

  /** Whether the thread's row can be locked as a claim deleting it would lock it, without waiting. */
  private boolean canLockAtOnce(MessageThread thread) {
    try {
      Jdbi.create(((JdbiBackend) backend).dataSource()).useHandle(handle -> handle
          .createQuery("SELECT thread_id FROM delivery_heads WHERE thread_id = :thread FOR UPDATE NOWAIT")
          .bind("thread", thread.id().value())
          .mapTo(UUID.class)
          .one());
      return true;
    } catch (JdbiException e) {
      if (e.getCause() instanceof SQLException sql && "55P03".equals(sql.getSQLState())) {
        return false;
      }
      throw e;
    }
  }

  private void awaitASessionWaitingForALock() throws InterruptedException {
    Jdbi jdbi = Jdbi.create(((JdbiBackend) backend).dataSource());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (jdbi.withHandle(handle ->
        handle.createQuery("SELECT COUNT(*) FROM pg_locks WHERE NOT granted").mapTo(Long.class).one()) == 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the write never waited for the other node's transaction");
      }
      Thread.sleep(5);
    }
  }
}
