package dev.switchboard.adapter.persistence;

import dev.switchboard.application.port.out.DeliveryQueue;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.MessageId;
import dev.switchboard.domain.organization.OrganizationId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Delivery jobs in {@code delivery_jobs}. A claim selects the due, unleased jobs in due order and leases them, in one
 * transaction. On PostgreSQL the selection is {@code FOR UPDATE SKIP LOCKED}, so workers on several nodes never take
 * the same job and never wait for each other. H2 2.x accepts the same clause (its row locks are skipped too), so both
 * variants are the same SQL today; they stay side by side so that a database that refuses it gets its own.
 *
 * <p>The claim is the one query not scoped by organization: workers serve every organization. Each job carries its
 * organization, and every other call is scoped by it.
 */
final class JdbiDeliveryQueue implements DeliveryQueue {

  /**
   * Due, unleased jobs that are the oldest job of their thread: while a thread's earlier message is in flight (leased)
   * or waiting for its retry, its later messages wait too, so each thread's messages reach the provider in acceptance
   * order. The NOT EXISTS reads committed rows without locking them, so a job another node holds still blocks its
   * thread's later jobs on this node.
   */
  private static final String DUE = "SELECT organization_id, message_id, attempts FROM delivery_jobs j"
      + " WHERE due_at <= :now AND (leased_until IS NULL OR leased_until < :now)"
      + " AND NOT EXISTS (SELECT 1 FROM delivery_jobs earlier"
      + " WHERE earlier.thread_id = j.thread_id AND earlier.seq < j.seq)"
      + " ORDER BY due_at, seq LIMIT :max";

  private static final String CLAIM_POSTGRESQL = DUE + " FOR UPDATE SKIP LOCKED";
  private static final String CLAIM_H2 = DUE + " FOR UPDATE SKIP LOCKED";

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
    // Only a newly accepted message is enqueued, so there is never an earlier job to replace.
    transactions.withHandle(handle -> handle
        .createUpdate("INSERT INTO delivery_jobs (message_id, organization_id, due_at, attempts, thread_id)"
            + " SELECT :message, :org, :dueAt, 0, thread_id FROM messages WHERE organization_id = :org AND id = :message")
        .bind("message", message.value())
        .bind("org", organization.value())
        .bind("dueAt", dueAt)
        .execute());
  }

  /**
   * The jobs of messages accepted in {@code handle}'s transaction, due at their acceptance, as one batched statement;
   * in list order, which is each thread's delivery order.
   */
  void enqueueAll(Handle handle, List<Message> accepted) {
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
      List<Job> due = handle.createQuery(claimSql)
          .bind("now", now)
          .bind("max", max)
          .map((rs, context) -> new Job(
              new OrganizationId(Columns.uuid(rs, "organization_id")),
              new MessageId(Columns.uuid(rs, "message_id")),
              rs.getInt("attempts")))
          .list();
      if (!due.isEmpty()) {
        handle.createUpdate("UPDATE delivery_jobs SET leased_until = :until WHERE message_id IN (<ids>)")
            .bind("until", now.plus(lease))
            .bindList("ids", due.stream().map(job -> job.messageId().value()).toList())
            .execute();
      }
      return due;
    });
  }

  @Override
  public void complete(Job job) {
    cancel(job.organizationId(), job.messageId());
  }

  @Override
  public void retryAt(Job job, Instant dueAt) {
    transactions.withHandle(handle -> handle
        .createUpdate("UPDATE delivery_jobs SET due_at = :dueAt, leased_until = NULL, attempts = :attempts"
            + " WHERE organization_id = :org AND message_id = :message")
        .bind("dueAt", dueAt)
        .bind("attempts", job.attempts() + 1)
        .bind("org", job.organizationId().value())
        .bind("message", job.messageId().value())
        .execute());
  }

  @Override
  public void postpone(Job job, Instant dueAt) {
    transactions.withHandle(handle -> handle
        .createUpdate("UPDATE delivery_jobs SET due_at = :dueAt, leased_until = NULL"
            + " WHERE organization_id = :org AND message_id = :message")
        .bind("dueAt", dueAt)
        .bind("org", job.organizationId().value())
        .bind("message", job.messageId().value())
        .execute());
  }

  @Override
  public void cancel(OrganizationId organization, MessageId message) {
    transactions.withHandle(handle -> handle
        .createUpdate("DELETE FROM delivery_jobs WHERE organization_id = :org AND message_id = :message")
        .bind("org", organization.value())
        .bind("message", message.value())
        .execute());
  }
}
