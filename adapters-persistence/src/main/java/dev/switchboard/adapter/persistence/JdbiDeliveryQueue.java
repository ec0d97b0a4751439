package dev.switchboard.adapter.persistence;

import dev.switchboard.application.port.out.DeliveryQueue;
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
import java.util.Set;
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
 * head may be claimed next (claimable_at: the head's due time, or the end of its lease or retry wait), and which job a
 * worker was handed (claimed_seq, NULL until a claim hands one out). A claim locks the due rows in (claimable_at, seq)
 * order, skipping rows other claims hold, so workers on several nodes never take the same thread and never wait for
 * each other; finds each thread's oldest job through the (thread_id, seq) index; and leases the row. Jobs waiting
 * behind a head are never read, so a claim costs its batch whatever a thread's backlog. (Claims used to scan due jobs
 * and reject each one with an earlier job in its thread: their cost grew with the backlog, and on H2 a burst to one
 * thread starved the API.)
 *
 * <p>The head is looked up, not stored: a head that vanished with its message (below) cannot block its thread for
 * good, as a stored "ready" mark would. The row is the queue's own, not the thread's row in {@code threads}, which
 * every API write to the thread takes too.
 *
 * <p><b>Losing no job.</b> The hazard is a thread's row deleted, as the thread runs out of jobs, while a job for it is
 * written but not yet committed. So an enqueue holds a lock on its thread's row until it commits, and a row is
 * deleted only by a claim or a completion that finds the thread without jobs, then locks the row exclusively without
 * waiting ({@code FOR UPDATE SKIP LOCKED}: while an enqueue holds it, it is left due, so that the next claim hands out
 * the job being committed), and again finds no job in a statement after the lock (READ COMMITTED: that statement sees
 * every job committed before). An enqueue that comes later waits for that lock, finds the row gone and creates it.
 * The rule every enqueue follows, including one that accepts several messages in one transaction:
 * <ol>
 *   <li>In the transaction that writes the message, after the message row (the job takes its thread from it), lock
 *       its thread's row ({@code FOR KEY SHARE} on PostgreSQL, {@code FOR UPDATE} on H2). If there is none, insert
 *       it, claimable at the job's due time, with {@code ON CONFLICT DO NOTHING}; when that inserts nothing, another
 *       transaction created the row meanwhile (and may have deleted it since): lock again.
 *   <li>Then insert the job. Further jobs of the thread in the same transaction hold the row already; they wait
 *       behind the first, in the order they are inserted.
 *   <li>A transaction that enqueues into several threads takes them in ascending thread id (messages sorted by thread,
 *       in acceptance order within each): on H2 two such transactions in other orders could deadlock.
 * </ol>
 * On PostgreSQL enqueues share the lock, so a burst to one thread is not serialised, and the lock does not conflict
 * with the row updates of claims and completions (FOR NO KEY UPDATE), so a claim does not skip a thread because
 * messages are arriving for it. H2 has only FOR UPDATE: there enqueues into one thread take turns. On PostgreSQL the
 * accept path follows the rule with one statement per batch of messages ({@link PostgresAcceptedBatch}).
 *
 * <p><b>Order.</b> A claim hands out the job its thread's row was last leased for, while that job exists (after its
 * lease ran out, or when its retry is due), and otherwise the thread's oldest committed job. The row stays leased, or
 * waits for the retry, until that job is completed or cancelled, which makes the row due at the next job's due time.
 * Two enqueues into one thread that overlap may commit in the other order than their seqs (PostgreSQL): the one
 * committed first may be handed out first, which is an order of acceptance too, and it then keeps its turn.
 *
 * <p><b>Deleted messages.</b> A message deleted without cancelling its job (with its thread, or by any other cascade)
 * can leave a row whose claimed job is gone. When its lease or retry wait ends, the next claim hands out the oldest
 * job left, or deletes the row when there is none. The rows have no foreign key to threads, so deleting a thread never
 * locks them.
 *
 * <p>Locks are taken in one order: a message row (a worker recording an outcome, the delete use case), then its job,
 * then its thread's row; an enqueue locks the thread's row before it inserts its job. A claim waits for no lock.
 *
 * <p>The claim is the one query not scoped by organization: workers serve every organization. Each job carries its
 * organization, and every other call is scoped by it.
 */
final class JdbiDeliveryQueue implements DeliveryQueue {

  /** Threads whose head may be claimed, earliest first. */
  private static final String DUE_THREADS = "SELECT thread_id, claimed_seq FROM delivery_heads"
      + " WHERE claimable_at <= :now ORDER BY claimable_at, seq LIMIT :max";

  private static final String CLAIM_POSTGRESQL = DUE_THREADS + " FOR NO KEY UPDATE SKIP LOCKED";
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

  /** A thread's row that a claim took, and the job it was last leased for, if any. */
  private record DueThread(UUID threadId, Optional<Long> claimedSeq) {}

  private final JdbiTransactions transactions;
  private final String enqueueLock;
  private final String claimSql;

  JdbiDeliveryQueue(JdbiTransactions transactions, Database database) {
    this.transactions = transactions;
    this.enqueueLock = switch (database) {
      // Shared with other enqueues; conflicts only with FOR UPDATE, taken only to delete the row of an empty thread.
      case POSTGRESQL -> " FOR KEY SHARE";
      case H2 -> " FOR UPDATE";
    };
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
            lockOrCreateThreads(handle, List.of(new ThreadRow(thread, organization, dueAt)));
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
   * rule of the class comment for a whole batch. The threads' rows are locked (or created) together, in thread order,
   * then the jobs go in as one batched statement in list order, which is each thread's delivery order.
   */
  void enqueueAll(Handle handle, List<JdbiMessageRepository.Row> accepted) {
    Map<UUID, ThreadRow> rows = new TreeMap<>();
    for (JdbiMessageRepository.Row message : accepted) {
      rows.putIfAbsent(message.threadId(),
          new ThreadRow(message.threadId(), new OrganizationId(message.organizationId()), message.createdAt()));
    }
    lockOrCreateThreads(handle, List.copyOf(rows.values()));
    PreparedBatch jobs = handle.prepareBatch("INSERT INTO delivery_jobs"
        + " (message_id, organization_id, due_at, attempts, thread_id) VALUES (:message, :org, :dueAt, 0, :thread)");
    for (JdbiMessageRepository.Row message : accepted) {
      jobs.bind("message", message.id())
          .bind("org", message.organizationId())
          .bind("dueAt", message.createdAt())
          .bind("thread", message.threadId())
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
      List<DueThread> due = handle.createQuery(claimSql)
          .bind("now", now)
          .bind("max", max)
          .map((rs, context) -> new DueThread(
              Columns.uuid(rs, "thread_id"), Optional.ofNullable(rs.getObject("claimed_seq", Long.class))))
          .list();
      List<Job> handedOut = new ArrayList<>();
      List<UUID> withoutJobs = new ArrayList<>();
      PreparedBatch schedule = handle.prepareBatch(
          "UPDATE delivery_heads SET claimable_at = :at, claimed_seq = :claimedSeq WHERE thread_id = :thread");
      for (DueThread row : due) {
        UUID thread = row.threadId();
        // A job handed out keeps its thread until it is done, through lease expiries and retries.
        Optional<StoredJob> head = row.claimedSeq()
            .flatMap(seq -> jobAt(handle, thread, seq))
            .or(() -> oldestJob(handle, thread));
        if (head.isEmpty()) {
          withoutJobs.add(thread);
        } else if (head.get().dueAt().isAfter(now)) {
          // The jobs before it were cancelled; this one is not due yet.
          schedule.bind("at", head.get().dueAt())
              .bindByType("claimedSeq", row.claimedSeq().orElse(null), Long.class)
              .bind("thread", thread)
              .add();
        } else {
          handedOut.add(head.get().job());
          schedule.bind("at", now.plus(lease))
              .bind("claimedSeq", head.get().seq())
              .bind("thread", thread)
              .add();
        }
      }
      if (schedule.size() > 0) {
        schedule.execute();
      }
      // Their jobs went with their messages, or an enqueue was still committing when the last one completed.
      deleteIfStillWithoutJobs(handle, withoutJobs);
      return handedOut;
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

  /**
   * Deletes the job. If it was the one handed out, its thread's row becomes due when the next job is. A thread left
   * without jobs loses its row, unless an enqueue holds it: then the row is due at once, and the next claim hands out
   * the job being committed (or deletes the row).
   */
  @Override
  public void cancel(OrganizationId organization, MessageId message) {
    transactions.atomically(handle -> {
      jobOf(handle, organization, message).ifPresent(job -> {
        int deleted = handle
            .createUpdate("DELETE FROM delivery_jobs WHERE organization_id = :org AND message_id = :message")
            .bind("org", organization.value())
            .bind("message", message.value())
            .execute();
        if (deleted == 1) {
          Optional<StoredJob> next = oldestJob(handle, job.threadId());
          handle.createUpdate("UPDATE delivery_heads SET claimable_at = :at, claimed_seq = NULL"
                  + " WHERE thread_id = :thread AND claimed_seq = :seq")
              .bind("at", next.map(StoredJob::dueAt).orElse(job.dueAt()))
              .bind("thread", job.threadId())
              .bind("seq", job.seq())
              .execute();
          if (next.isEmpty()) {
            deleteIfStillWithoutJobs(handle, List.of(job.threadId()));
          }
        }
      });
      return null;
    });
  }

  /** The job runs again at {@code dueAt}; if it is the one its thread's row was leased for, so does the thread. */
  private void reschedule(Job job, Instant dueAt, String changes) {
    transactions.atomically(handle -> {
      jobOf(handle, job.organizationId(), job.messageId()).ifPresent(stored -> {
        int updated = handle.createUpdate(
                "UPDATE delivery_jobs SET " + changes + " WHERE organization_id = :org AND message_id = :message")
            .bind("dueAt", dueAt)
            .bind("attempts", job.attempts() + 1)
            .bind("org", job.organizationId().value())
            .bind("message", job.messageId().value())
            .execute();
        if (updated == 1) {
          handle.createUpdate(
                  "UPDATE delivery_heads SET claimable_at = :dueAt WHERE thread_id = :thread AND claimed_seq = :seq")
              .bind("dueAt", dueAt)
              .bind("thread", stored.threadId())
              .bind("seq", stored.seq())
              .execute();
        }
      });
      return null;
    });
  }

  /**
   * Deletes the rows of these threads, found without jobs, that can be locked exclusively at once: an enqueue that
   * holds one is committing a job for it. The check is repeated after the lock, which shows every job committed
   * before it; a later enqueue waits for the lock and then creates the row again.
   */
  private static void deleteIfStillWithoutJobs(Handle handle, List<UUID> threads) {
    if (threads.isEmpty()) {
      return;
    }
    List<UUID> locked = handle.createQuery(
            "SELECT thread_id FROM delivery_heads WHERE thread_id IN (<threads>) FOR UPDATE SKIP LOCKED")
        .bindList("threads", threads)
        .map((rs, context) -> Columns.uuid(rs, "thread_id"))
        .list();
    List<UUID> empty = locked.stream().filter(thread -> oldestJob(handle, thread).isEmpty()).toList();
    if (!empty.isEmpty()) {
      handle.createUpdate("DELETE FROM delivery_heads WHERE thread_id IN (<threads>)")
          .bindList("threads", empty)
          .execute();
    }
  }

  /** A thread's row as an enqueue creates it when the thread has none: claimable at the job's due time. */
  private record ThreadRow(UUID thread, OrganizationId organization, Instant claimableAt) {}

  /**
   * Takes the enqueue's lock on each thread's row, creating the rows that are missing (see the class comment), with a
   * few statements for all of them: lock what exists, insert what is missing ignoring conflicts, lock again. A row
   * another transaction created meanwhile is locked on the next round; one it deleted again is created again.
   */
  private void lockOrCreateThreads(Handle handle, List<ThreadRow> threads) {
    List<ThreadRow> missing = threads;
    while (true) {
      Set<UUID> locked = lockThreads(handle, missing.stream().map(ThreadRow::thread).toList());
      missing = missing.stream().filter(row -> !locked.contains(row.thread())).toList();
      if (missing.isEmpty()) {
        return;
      }
      PreparedBatch create = handle.prepareBatch("INSERT INTO delivery_heads (thread_id, organization_id, claimable_at)"
          + " VALUES (:thread, :org, :claimableAt) ON CONFLICT DO NOTHING");
      for (ThreadRow row : missing) {
        create.bind("thread", row.thread())
            .bind("org", row.organization().value())
            .bind("claimableAt", row.claimableAt())
            .add();
      }
      create.execute();
    }
  }

  /** Takes the enqueue's lock on the rows of {@code threads} that exist, in thread order, until the transaction ends. */
  private Set<UUID> lockThreads(Handle handle, List<UUID> threads) {
    return handle.createQuery("SELECT thread_id FROM delivery_heads WHERE thread_id IN (<threads>)"
            + " ORDER BY thread_id" + enqueueLock)
        .bindList("threads", threads)
        .map((rs, context) -> Columns.uuid(rs, "thread_id"))
        .collectIntoSet();
  }

  private static Optional<StoredJob> oldestJob(Handle handle, UUID thread) {
    return handle.createQuery(OLDEST_JOB).bind("thread", thread).map(JdbiDeliveryQueue::map).findOne();
  }

  private static Optional<StoredJob> jobAt(Handle handle, UUID thread, long seq) {
    return handle.createQuery("SELECT " + JOB_COLUMNS + " FROM delivery_jobs WHERE thread_id = :thread AND seq = :seq")
        .bind("thread", thread)
        .bind("seq", seq)
        .map(JdbiDeliveryQueue::map)
        .findOne();
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
