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
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Delivery jobs in maps, claimed under the same lock as every other write. Like the database queue, only the oldest
 * job of each thread (its head) is claimable, so a thread's messages go out in the order they were accepted, and a
 * claim reads the heads in the order they may be claimed, never the jobs waiting behind them.
 */
public final class InMemoryDeliveryQueue implements DeliveryQueue {

  /**
   * {@code threadKey} groups the jobs of one thread (a job whose message is unknown is a group of its own).
   * {@code claimableAt} is when the job is due, or the end of its lease while a worker holds it.
   */
  private record Entry(Job job, UUID threadKey, Instant claimableAt, long sequence) {
    Entry with(Job newJob, Instant newClaimableAt) {
      return new Entry(newJob, threadKey, newClaimableAt, sequence);
    }
  }

  /** By message id; read without the lock by {@link #size()}. */
  private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();
  /** Each thread's entries by sequence, oldest first; only under the lock. */
  private final Map<UUID, NavigableMap<Long, Entry>> threads = new HashMap<>();
  /** The oldest entry of each thread, in the order they may be claimed; only under the lock. */
  private final NavigableSet<Entry> heads =
      new TreeSet<>(Comparator.comparing(Entry::claimableAt).thenComparingLong(Entry::sequence));
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
        () -> swap(null, new Entry(new Job(organization, message, 0), threadKey, dueAt, sequence++)),
        () -> swap(entries.get(message.value()), null));
  }

  @Override
  public List<Job> claim(int max, Instant now, Duration lease) {
    return transactions.inTransaction(() -> {
      List<Entry> due = heads.stream().takeWhile(entry -> !entry.claimableAt().isAfter(now)).limit(max).toList();
      due.forEach(entry -> replace(entry, entry.with(entry.job(), now.plus(lease))));
      return due.stream().map(Entry::job).toList();
    });
  }

  @Override
  public void complete(Job job) {
    change(job.messageId(), entry -> null);
  }

  @Override
  public void retryAt(Job job, Instant dueAt) {
    Job next = new Job(job.organizationId(), job.messageId(), job.attempts() + 1);
    change(job.messageId(), entry -> entry.with(next, dueAt));
  }

  @Override
  public void postpone(Job job, Instant dueAt) {
    change(job.messageId(), entry -> entry.with(entry.job(), dueAt));
  }

  @Override
  public void cancel(OrganizationId organization, MessageId message) {
    change(message, entry -> entry.job().organizationId().equals(organization) ? null : entry);
  }

  /** How many jobs wait (due or not); for tests and metrics. */
  public int size() {
    return entries.size();
  }

  /** Replaces the message's entry, if it has one, by what {@code change} makes of it (null: removes it). */
  private void change(MessageId message, UnaryOperator<Entry> change) {
    transactions.inTransaction(() -> {
      Entry previous = entries.get(message.value());
      if (previous != null) {
        replace(previous, change.apply(previous));
      }
      return null;
    });
  }

  private void replace(Entry previous, Entry next) {
    transactions.write(() -> swap(previous, next), () -> swap(next, previous));
  }

  /**
   * Puts {@code in} where {@code out} was (either may be null, both are of one thread), and keeps the thread's oldest
   * entry in {@link #heads}: removing a head makes the next entry of its thread the head, claimable at its own time.
   */
  private void swap(Entry out, Entry in) {
    UUID threadKey = (in != null ? in : out).threadKey();
    NavigableMap<Long, Entry> ofThread = threads.computeIfAbsent(threadKey, key -> new TreeMap<>());
    Entry headBefore = ofThread.isEmpty() ? null : ofThread.firstEntry().getValue();
    if (out != null) {
      entries.remove(out.job().messageId().value());
      ofThread.remove(out.sequence());
    }
    if (in != null) {
      entries.put(in.job().messageId().value(), in);
      ofThread.put(in.sequence(), in);
    }
    Entry headAfter = ofThread.isEmpty() ? null : ofThread.firstEntry().getValue();
    if (headBefore != headAfter) {
      if (headBefore != null) {
        heads.remove(headBefore);
      }
      if (headAfter != null) {
        heads.add(headAfter);
      }
    }
    if (ofThread.isEmpty()) {
      threads.remove(threadKey);
    }
  }
}
