package dev.switchboard.application.inmemory;

import dev.switchboard.application.port.out.ChangeEvent;
import dev.switchboard.application.port.out.EventSink;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every recorded event, in order; an event of a rolled-back transaction is removed with it. */
public final class InMemoryEventLog implements EventSink {

  private final List<ChangeEvent> events = new CopyOnWriteArrayList<>();
  private final InMemoryTransactions transactions;

  public InMemoryEventLog(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void record(ChangeEvent event) {
    transactions.write(() -> events.add(event), () -> events.removeLast());
  }

  public List<ChangeEvent> all() {
    return List.copyOf(events);
  }
}
