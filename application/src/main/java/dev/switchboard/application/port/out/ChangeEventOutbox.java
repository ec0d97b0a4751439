package dev.switchboard.application.port.out;

import java.util.List;
import java.util.Objects;

/**
 * The reading side of the transactional outbox that {@link EventSink} writes: events in the order they were
 * recorded, each handed out until it is marked processed. Several nodes may read at once; an event another
 * reader holds is skipped, never handed out twice.
 */
public interface ChangeEventOutbox {

  /** An event with its position in the outbox; positions grow in recording order. */
  record RecordedEvent(long sequence, ChangeEvent event) {
    public RecordedEvent {
      Objects.requireNonNull(event, "event");
    }
  }

  /**
   * Up to {@code max} unprocessed events, oldest first, held (locked) until the surrounding transaction ends; call
   * it inside {@link TransactionBoundary#inTransaction} and {@link #markProcessed} them in the same transaction.
   */
  List<RecordedEvent> claimUnprocessed(int max);

  void markProcessed(List<RecordedEvent> events);
}
