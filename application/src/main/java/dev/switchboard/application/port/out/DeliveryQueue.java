package dev.switchboard.application.port.out;

import dev.switchboard.domain.message.MessageId;
import dev.switchboard.domain.organization.OrganizationId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The jobs that hand accepted messages to providers. A job is enqueued in the transaction that accepts its message,
 * so a message is never stored without one. Workers claim due jobs under a lease: a job whose worker died becomes
 * claimable again when the lease runs out.
 */
public interface DeliveryQueue {

  record Job(OrganizationId organizationId, MessageId messageId, int attempts) {
    public Job {
      Objects.requireNonNull(organizationId, "organizationId");
      Objects.requireNonNull(messageId, "messageId");
    }
  }

  /**
   * Adds the job of {@code message} (already stored, normally in the transaction that accepts it), due at
   * {@code dueAt}. One transaction may enqueue several messages, also of one thread: they go out in that order.
   */
  void enqueue(OrganizationId organization, MessageId message, Instant dueAt);

  /**
   * Up to {@code max} due jobs, each leased until {@code now + lease}; never one another worker holds. Only the oldest
   * job of each thread is claimable, so a thread's messages are handed over one at a time in the order they were
   * accepted (a job waiting for its retry holds back the later messages of its thread). The jobs waiting behind a
   * thread's oldest one must not make a claim slower: a burst to one thread is common.
   */
  List<Job> claim(int max, Instant now, Duration lease);

  /** The job is done (sent, or failed for good) and leaves the queue. */
  void complete(Job job);

  /** The job runs again at {@code dueAt}, with its attempt count raised. */
  void retryAt(Job job, Instant dueAt);

  /** The job runs again at {@code dueAt} with its attempt count unchanged (it was not attempted: rate limit). */
  void postpone(Job job, Instant dueAt);

  /** Drops the job of a message that was deleted before it was sent. */
  void cancel(OrganizationId organization, MessageId message);
}
