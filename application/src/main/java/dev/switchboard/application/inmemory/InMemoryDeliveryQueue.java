package dev.switchboard.application.inmemory;

import dev.switchboard.application.port.out.DeliveryQueue;
import dev.switchboard.domain.message.MessageId;
import dev.switchboard.domain.organization.OrganizationId;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Delivery jobs in a map, claimed under the same lock as every other write. */
public final class InMemoryDeliveryQueue implements DeliveryQueue {

  private record Entry(Job job, Instant dueAt, Instant leasedUntil, long sequence) {}

  private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();
  private final InMemoryTransactions transactions;
  private long sequence;

  public InMemoryDeliveryQueue(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void enqueue(OrganizationId organization, MessageId message, Instant dueAt) {
    transactions.write(
        () -> entries.put(message.value(), new Entry(new Job(organization, message, 0), dueAt, Instant.MIN, sequence++)),
        () -> entries.remove(message.value()));
  }

  @Override
  public List<Job> claim(int max, Instant now, Duration lease) {
    return transactions.inTransaction(() -> {
      List<Entry> due = entries.values().stream()
          .filter(entry -> !entry.dueAt().isAfter(now) && entry.leasedUntil().isBefore(now))
          .sorted(Comparator.comparing(Entry::dueAt).thenComparing(Entry::sequence))
          .limit(max)
          .toList();
      due.forEach(entry -> replace(entry, new Entry(entry.job(), entry.dueAt(), now.plus(lease), entry.sequence())));
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
      replace(previous, new Entry(next, dueAt, Instant.MIN, previous.sequence()));
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
