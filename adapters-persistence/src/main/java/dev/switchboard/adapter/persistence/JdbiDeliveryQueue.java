package dev.switchboard.adapter.persistence;

import dev.switchboard.application.port.out.DeliveryQueue;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.MessageId;
import dev.switchboard.domain.organization.OrganizationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Delivery jobs in {@code delivery_jobs}, claimed through {@code delivery_heads}.
 *
 * <p>Each thread's messages reach the provider one at a time in acceptance order, so only a thread's oldest job (its
 * head, lowest seq) can be claimed. Every thread that has jobs has one row in {@code delivery_heads} saying when its
 * head may be claimed next: the head's due time, or the end of its lease while a worker holds it. A claim locks the
 * due rows in (claimable_at, seq) order, finds each one's head through the (thread_id, seq) index and leases it by
 * moving claimable_at to the end of the lease. Jobs waiting behind a head are never read, so a claim costs its batch
 * whatever a thread's backlog. (Claims used to scan due jobs and reject each one with an earlier job in its thread:
 * their cost grew with the backlog, and on H2 a burst to one thread starved the API.) On PostgreSQL the rows are taken
 * {@code FOR UPDATE SKIP LOCKED}, so workers on several nodes never take the same thread and never wait for each other.
 * H2 2.x accepts the same clause (its row locks are skipped too), so both variants are the same SQL today; they stay
 * side by side so that a database that refuses it gets its own.
 *
 * <p>A thread's row is also its lock: every change to its jobs locks the row first, in the same transaction, and
 * decides only on what it reads after the lock is granted (READ COMMITTED then shows every job committed before).
 * The head itself is not stored but looked up each time, so a head that vanished with its message (below) cannot
 * block its thread for good, as a stored "ready" mark on the head would; and the lock is a row of the queue's own,
 * not the thread's row in {@code threads}, which every API write to the thread also takes.
 *
 * <p><b>The rule every enqueue follows</b>, including one that accepts several messages in one transaction:
 * <ol>
 *   <li>In the transaction that writes the message, after the message row (the job takes its thread from it), lock
 *       its thread's row ({@code SELECT ... FOR UPDATE}). If there is none, insert it, claimable at the job's due time,
 *       with {@code ON CONFLICT DO NOTHING}; when that inserts nothing, another transaction created the row meanwhile
 *       (and may have deleted it since), so lock again.
 *   <li>Only then insert the job.
 * </ol>
 * The job's seq is thus drawn under the lock, after every job already in its thread: seq order is acceptance order,
 * and no job can turn up older than a head that was handed out. A job that finds the row waits behind the thread's
 * head; a job that creates it is the head. Later jobs of one thread in the same transaction find the row their own
 * transaction holds and wait behind the first, in the order they were enqueued. A transaction that enqueues into
 * several threads must take their rows in ascending thread id (enqueue its messages sorted by thread, keeping their
 * order within each thread), or two such transactions can deadlock and PostgreSQL fails one.
 *
 * <p><b>Hand-over.</b> {@link #complete} and {@link #cancel} lock the row, delete the job, then look for the thread's
 * oldest job: none left deletes the row; if the deleted job was older than it (it was the head), that job becomes
 * the head, claimable at its own due time. An enqueue into the thread either committed before the lock was granted,
 * so its job is seen, or waits for the lock and then finds the row, or finds it deleted and creates it. Nothing else
 * deletes a row while its thread has jobs (a claim deletes only rows it finds without jobs, under the same lock), so no
 * job is ever left without one.
 *
 * <p><b>Deleted messages.</b> A message deleted without cancelling its job (with its thread, or by any other cascade)
 * can leave a row whose head is gone. The next claim after its claimable_at hands out the thread's oldest remaining
 * job, or drops the row when there is none, so the thread waits at most until its old head's lease or retry ends. The
 * rows have no foreign key to threads, so deleting a thread never locks them.
 *
 * <p>Locks are taken in one order: a message row (a worker recording an outcome, the delete use case), then a thread's
 * row, then that thread's jobs. A claim waits for no lock.
 *
 * <p>The claim is the one query not scoped by organization: workers serve every organization. Each job carries its
 * organization, and every other call is scoped by it.
 */
final class JdbiDeliveryQueue implements DeliveryQueue {

  /** Threads whose head may be claimed, earliest first. */
  private static final String DUE_THREADS = "SELECT thread_id FROM delivery_heads WHERE claimable_at <= :now"
      + " ORDER BY claimable_at, seq LIMIT :max";

  private static final String CLAIM_POSTGRESQL = DUE_THREADS + " FOR UPDATE SKIP LOCKED";
  private static final String CLAIM_H2 = DUE_THREADS + " FOR UPDATE SKIP LOCKED";

  private static final String JOB_COLUMNS = "organization_id, message_id, attempts, thread_id, seq, due_at";

  /**
   * A thread's oldest job. ORDER BY names thread_id too: H2 then reads the (thread_id, seq) index in order and stops
   * at the first row, where ORDER BY seq alone makes it read every job of the thread.
   */
  private static final String OLDEST_JOB = "SELECT " + JOB_COLUMNS + " FROM delivery_jobs WHERE thread_id = :thread"
      + " ORDER BY thread_id, seq LIMIT 1";

  private static final String JOB_OF_MESSAGE = "SELECT " + JOB_COLUMNS + " FROM delivery_jobs"
      + " WHERE organization_id = :org AND message_id = :message";

  /** A job with its place in its thread. */
  private record StoredJob(Job job, UUID threadId, long seq, Instant dueAt) {}

  private final JdbiTransactions transactions;
  private final String claimSql;

  JdbiDeliveryQueue(JdbiTransactions transactions, Database database) {
    this.transactions = transactions;
    this.claimSql = switch (database) {
      case POSTGRESQL -> CLAIM_POSTGRESQL;
      case H2 -> CLAIM_H2;
    };
  }

  @Override
  public void enqueue(OrganizationId organization, MessageId message, Instant dueAt) {
    transactions.atomically(handle -> {
      handle.createQuery("SELECT thread_id FROM messages WHERE organization_id = :org AND id = :message")
          .bind("org", organization.value())
          .bind("message", message.value())
          .map((rs, context) -> Columns.uuid(rs, "thread_id"))
          .findOne()
          .ifPresent(thread -> {
            lockOrCreateThread(handle, organization, thread, dueAt);
            handle.createUpdate("INSERT INTO delivery_jobs (message_id, organization_id, due_at, attempts, thread_id)"
                    + " VALUES (:message, :org, :dueAt, 0, :thread)")
                .bind("message", message.value())
                .bind("org", organization.value())
                .bind("dueAt", dueAt)
                .bind("thread", thread)
                .execute();
          });
      return null;
    });
  }

  /**
   * The jobs of messages accepted in {@code handle}'s transaction (after their rows), due at their acceptance: the
   * rule of the class comment for a whole batch. Thread rows are locked in ascending thread id, then the jobs go in
   * as one batched statement in list order, which is each thread's delivery order.
   */
  void enqueueAll(Handle handle, List<Message> accepted) {
    Map<UUID, Message> firstOfEachThread = new TreeMap<>();
    for (Message message : accepted) {
      firstOfEachThread.putIfAbsent(message.threadId().value(), message);
    }
    firstOfEachThread.forEach((thread, first) ->
        lockOrCreateThread(handle, first.organizationId(), thread, first.createdAt()));
    PreparedBatch jobs = handle.prepareBatch("INSERT INTO delivery_jobs"
        + " (message_id, organization_id, due_at, attempts, thread_id) VALUES (:message, :org, :dueAt, 0, :thread)");
    for (Message message : accepted) {
      jobs.bind("message", message.id().value())
          .bind("org", message.organizationId().value())
          .bind("dueAt", message.createdAt())
          .bind("thread", message.threadId().value())
          .add();
    }
    jobs.execute();
  }

  @Override
  public List<Job> claim(int max, Instant now, Duration lease) {
    if (max < 1) {
      return List.of();
    }
    return transactions.atomically(handle -> {
      List<UUID> due = handle.createQuery(claimSql)
          .bind("now", now)
          .bind("max", max)
          .map((rs, context) -> Columns.uuid(rs, "thread_id"))
          .list();
      List<Job> heads = new ArrayList<>();
      List<UUID> leased = new ArrayList<>();
      List<UUID> withoutJobs = new ArrayList<>();
      for (UUID thread : due) {
        Optional<StoredJob> head = oldestJob(handle, thread);
        if (head.isPresent()) {
          heads.add(head.get().job());
          leased.add(thread);
        } else {
          // Its jobs went with their messages (see the class comment). The row is locked, so no enqueue is midway.
          withoutJobs.add(thread);
        }
      }
      if (!leased.isEmpty()) {
        handle.createUpdate("UPDATE delivery_heads SET claimable_at = :until WHERE thread_id IN (<threads>)")
            .bind("until", now.plus(lease))
            .bindList("threads", leased)
            .execute();
      }
      if (!withoutJobs.isEmpty()) {
        handle.createUpdate("DELETE FROM delivery_heads WHERE thread_id IN (<threads>)")
            .bindList("threads", withoutJobs)
            .execute();
      }
      return heads;
    });
  }

  @Override
  public void complete(Job job) {
    cancel(job.organizationId(), job.messageId());
  }

  @Override
  public void retryAt(Job job, Instant dueAt) {
    reschedule(job, dueAt, "due_at = :dueAt, attempts = :attempts");
  }

  @Override
  public void postpone(Job job, Instant dueAt) {
    reschedule(job, dueAt, "due_at = :dueAt");
  }

  @Override
  public void cancel(OrganizationId organization, MessageId message) {
    transactions.atomically(handle -> {
      jobOf(handle, organization, message).ifPresent(job -> {
        lockThread(handle, job.threadId());
        int deleted = handle
            .createUpdate("DELETE FROM delivery_jobs WHERE organization_id = :org AND message_id = :message")
            .bind("org", organization.value())
            .bind("message", message.value())
            .execute();
        if (deleted == 1) {
          handOver(handle, job);
        }
      });
      return null;
    });
  }

  /**
   * The job handed out runs again at {@code dueAt}. Handed out, it was its thread's oldest job, and no job turns up
   * older, so while it exists it is still the head; if it was cancelled meanwhile, the new head keeps its own time.
   */
  private void reschedule(Job job, Instant dueAt, String changes) {
    transactions.atomically(handle -> {
      jobOf(handle, job.organizationId(), job.messageId()).ifPresent(stored -> {
        lockThread(handle, stored.threadId());
        int updated = handle.createUpdate(
                "UPDATE delivery_jobs SET " + changes + " WHERE organization_id = :org AND message_id = :message")
            .bind("dueAt", dueAt)
            .bind("attempts", job.attempts() + 1)
            .bind("org", job.organizationId().value())
            .bind("message", job.messageId().value())
            .execute();
        if (updated == 1) {
          handle.createUpdate("UPDATE delivery_heads SET claimable_at = :dueAt WHERE thread_id = :thread")
              .bind("dueAt", dueAt)
              .bind("thread", stored.threadId())
              .execute();
        }
      });
      return null;
    });
  }

  /** After {@code finished} left its thread (under the thread's lock): the next job becomes the head, if any. */
  private static void handOver(Handle handle, StoredJob finished) {
    Optional<StoredJob> next = oldestJob(handle, finished.threadId());
    if (next.isEmpty()) {
      handle.createUpdate("DELETE FROM delivery_heads WHERE thread_id = :thread")
          .bind("thread", finished.threadId())
          .execute();
    } else if (next.get().seq() > finished.seq()) {
      handle.createUpdate("UPDATE delivery_heads SET claimable_at = :dueAt WHERE thread_id = :thread")
          .bind("dueAt", next.get().dueAt())
          .bind("thread", finished.threadId())
          .execute();
    }
  }

  /** Locks the thread's row, creating it claimable at {@code dueAt} if the thread has none (see the class comment). */
  private static void lockOrCreateThread(Handle handle, OrganizationId organization, UUID thread, Instant dueAt) {
    while (!lockThread(handle, thread)) {
      int created = handle.createUpdate("INSERT INTO delivery_heads (thread_id, organization_id, claimable_at)"
              + " VALUES (:thread, :org, :dueAt) ON CONFLICT DO NOTHING")
          .bind("thread", thread)
          .bind("org", organization.value())
          .bind("dueAt", dueAt)
          .execute();
      if (created == 1) {
        return;
      }
    }
  }

  /** Locks the thread's row until the transaction ends; false when the thread has none. */
  private static boolean lockThread(Handle handle, UUID thread) {
    return handle.createQuery("SELECT 1 FROM delivery_heads WHERE thread_id = :thread FOR UPDATE")
        .bind("thread", thread)
        .mapTo(Integer.class)
        .findOne()
        .isPresent();
  }

  private static Optional<StoredJob> oldestJob(Handle handle, UUID thread) {
    return handle.createQuery(OLDEST_JOB).bind("thread", thread).map(JdbiDeliveryQueue::map).findOne();
  }

  private static Optional<StoredJob> jobOf(Handle handle, OrganizationId organization, MessageId message) {
    return handle.createQuery(JOB_OF_MESSAGE)
        .bind("org", organization.value())
        .bind("message", message.value())
        .map(JdbiDeliveryQueue::map)
        .findOne();
  }

  private static StoredJob map(ResultSet rs, StatementContext context) throws SQLException {
    Job job = new Job(
        new OrganizationId(Columns.uuid(rs, "organization_id")),
        new MessageId(Columns.uuid(rs, "message_id")),
        rs.getInt("attempts"));
    return new StoredJob(job, Columns.uuid(rs, "thread_id"), rs.getLong("seq"), Columns.instant(rs, "due_at"));
  }
}
