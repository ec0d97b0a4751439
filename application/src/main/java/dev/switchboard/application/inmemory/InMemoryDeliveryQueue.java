package dev.switchboard.application.inmemory;

import dev.switchboard.application.port.out.DeliveryQueue;
import dev.switchboard.application.port.out.MessageRepository;
import dev.switchboard.domain.message.MessageId;
import dev.switchboard.domain.organization.OrganizationId;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Delivery jobs in a map, claimed under the same lock as every other write. Like the database queue, only the oldest
 * job of each thread is claimable, so a thread's messages go out in the order they were accepted.
 */
public final class InMemoryDeliveryQueue implements DeliveryQueue {

  /** {@code threadKey} groups the jobs of one thread (a job whose message is unknown is a group of its own). */
  private record Entry(Job job, UUID threadKey, Instant dueAt, Instant leasedUntil, long sequence) {
    Entry with(Job newJob, Instant newDueAt, Instant newLeasedUntil) {
      return new Entry(newJob, threadKey, newDueAt, newLeasedUntil, sequence);
    }
  }

  private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();
  private final InMemoryTransactions transactions;
  private final MessageRepository messages;
  private long sequence;

  public InMemoryDeliveryQueue(InMemoryTransactions transactions, MessageRepository messages) {
    this.transactions = transactions;
    this.messages = messages;
  }

  @Override
  public void enqueue(OrganizationId organization, MessageId message, Instant dueAt) {
    UUID threadKey = messages.findById(organization, message)
        .map(found -> found.threadId().value())
        .orElse(message.value());
    transactions.write(
        () -> entries.put(
            message.value(), new Entry(new Job(organization, message, 0), threadKey, dueAt, Instant.MIN, sequence++)),
        () -> entries.remove(message.value()));
  }

  @Override
  public List<Job> claim(int max, Instant now, Duration lease) {
    return transactions.inTransaction(() -> {
      Map<UUID, Long> headOfThread = new HashMap<>();
      entries.values().forEach(entry -> headOfThread.merge(entry.threadKey(), entry.sequence(), Math::min));
      List<Entry> due = entries.values().stream()
          .filter(entry -> headOfThread.get(entry.threadKey()) == entry.sequence())
          .filter(entry -> !entry.dueAt().isAfter(now) && entry.leasedUntil().isBefore(now))
          .sorted(Comparator.comparing(Entry::dueAt).thenComparing(Entry::sequence))
          .limit(max)
          .toList();
      due.forEach(entry -> replace(entry, entry.with(entry.job(), entry.dueAt(), now.plus(lease))));
      return due.stream().map(Entry::job).toList();
    });
  }

  @Override
  public void complete(Job job) {
    Entry previous = entries.get(job.messageId().value());
    if (previous != null) {
      transactions.write(
          () -> entries.remove(job.messageId().value()), () -> entries.put(job.messageId().value(), previous));
    }
  }

  @Override
  public void retryAt(Job job, Instant dueAt) {
    Entry previous = entries.get(job.messageId().value());
    if (previous != null) {
      Job next = new Job(job.organizationId(), job.messageId(), job.attempts() + 1);
      replace(previous, previous.with(next, dueAt, Instant.MIN));
    }
  }

  @Override
  public void postpone(Job job, Instant dueAt) {
    Entry previous = entries.get(job.messageId().value());
    if (previous != null) {
      replace(previous, previous.with(previous.job(), dueAt, Instant.MIN));
    }
  }

  @Override
  public void cancel(OrganizationId organization, MessageId message) {
    Entry previous = entries.get(message.value());
    if (previous != null && previous.job().organizationId().equals(organization)) {
      complete(previous.job());
    }
  }

  /** How many jobs wait (due or not); for tests and metrics. */
  public int size() {
    return entries.size();
  }

  private void replace(Entry previous, Entry next) {
    UUID key = previous.job().messageId().value();
    transactions.write(() -> entries.put(key, next), () -> entries.put(key, previous));
  }
}
