package dev.switchboard.application.inmemory;

import dev.switchboard.application.port.out.ChangeEvent;
import dev.switchboard.application.port.out.ChangeEventOutbox;
import dev.switchboard.application.port.out.EventSink;
import dev.switchboard.domain.organization.OrganizationId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Keeps every recorded event, in order; an event of a rolled-back transaction is removed with it. As the outbox,
 * an event's sequence is its position (from 1); claims run under the transactions' single lock, so two readers
 * never hold the same event.
 */
public final class InMemoryEventLog implements EventSink, ChangeEventOutbox {

  private final List<ChangeEvent> events = new CopyOnWriteArrayList<>();
  private final Set<Long> processed = ConcurrentHashMap.newKeySet();
  private final InMemoryTransactions transactions;
  private final Predicate<OrganizationId> hasWebhooks;
  /** Every event before this index is processed: where the next claim starts looking. */
  private volatile int processedPrefix;

  public InMemoryEventLog(InMemoryTransactions transactions, Predicate<OrganizationId> hasWebhooks) {
    this.transactions = transactions;
    this.hasWebhooks = hasWebhooks;
  }

  @Override
  public void record(ChangeEvent event) {
    transactions.write(() -> events.add(event), () -> events.removeLast());
  }

  public List<ChangeEvent> all() {
    return List.copyOf(events);
  }

  @Override
  public List<RecordedEvent> claimUnprocessed(int max) {
    return transactions.inTransaction(() -> {
      while (processedPrefix < events.size() && processed.contains(processedPrefix + 1L)) {
        processedPrefix++;
      }
      List<RecordedEvent> claimed = new ArrayList<>();
      for (int index = processedPrefix; index < events.size() && claimed.size() < max; index++) {
        long sequence = index + 1L;
        if (!processed.contains(sequence)) {
          claimed.add(RecordedEvent.of(sequence, events.get(index)));
        }
      }
      return claimed;
    });
  }

  @Override
  public int discardUnwatched(int max) {
    return transactions.inTransaction(() -> {
      List<RecordedEvent> unwatched = claimUnprocessed(max).stream()
          .filter(event -> !hasWebhooks.test(event.organizationId()))
          .toList();
      discard(unwatched);
      return unwatched.size();
    });
  }

  @Override
  public void markProcessed(List<RecordedEvent> claimed) {
    for (RecordedEvent event : claimed) {
      transactions.write(() -> processed.add(event.sequence()), () -> processed.remove(event.sequence()));
    }
  }

  /** Kept, so that positions stay list indexes; processed, they are never handed out again. */
  @Override
  public void discard(List<RecordedEvent> claimed) {
    markProcessed(claimed);
  }

  /** The event at {@code sequence}, as {@link #claimUnprocessed} numbered it. */
  ChangeEvent at(long sequence) {
    return events.get((int) (sequence - 1));
  }
}
