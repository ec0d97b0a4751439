package dev.switchboard.adapter.persistence;

import dev.switchboard.application.port.out.AcceptedMessageWriter;
import dev.switchboard.application.port.out.ChangeEvent;
import dev.switchboard.domain.message.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Group commit for accepted messages. Callers queue their message and one of them, the leader, writes everything
 * queued as one transaction of four batched statements (messages, status history, delivery jobs, events), while the
 * others wait for their own message's outcome. Under load a commit and the statement round trips are shared by a
 * whole batch; a lone caller leads at once, so nothing waits for a timer.
 *
 * <p>A batch that fails (a thread deleted meanwhile, say) is written again message by message, so that only the
 * faulty message's caller sees the failure. Called inside a transaction of the caller's, the writer joins it instead.
 *
 * <p>Leadership is a flag, not a lock: whoever raises it writes until the queue is empty, lowers it, and looks at the
 * queue again, because a caller who queued after that last look and found the flag still raised is waiting on it.
 */
final class JdbiAcceptedMessageWriter implements AcceptedMessageWriter {

  /** Bounds one transaction's size; at the concurrency of a pool's connections batches stay far below it. */
  static final int MAX_BATCH = 256;

  private final JdbiTransactions transactions;
  private final JdbiMessageRepository messages;
  private final JdbiDeliveryQueue deliveryQueue;
  private final JdbiEventSink events;
  private final ConcurrentLinkedQueue<Accepted> queued = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean leading = new AtomicBoolean();

  JdbiAcceptedMessageWriter(
      JdbiTransactions transactions,
      JdbiMessageRepository messages,
      JdbiDeliveryQueue deliveryQueue,
      JdbiEventSink events) {
    this.transactions = transactions;
    this.messages = messages;
    this.deliveryQueue = deliveryQueue;
    this.events = events;
  }

  private record Accepted(Message message, ChangeEvent created, CompletableFuture<Void> outcome) {}

  @Override
  public void write(Message message, ChangeEvent created) {
    Accepted accepted = new Accepted(message, created, new CompletableFuture<>());
    if (transactions.inTransactionOnThisThread()) {
      store(List.of(accepted));
      return;
    }
    queued.add(accepted);
    while (!queued.isEmpty() && leading.compareAndSet(false, true)) {
      try {
        writeQueued();
      } finally {
        leading.set(false);
      }
    }
    try {
      accepted.outcome().join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException failure ? failure : e;
    }
  }

  private void writeQueued() {
    List<Accepted> batch = new ArrayList<>();
    Accepted next;
    while ((next = queued.poll()) != null) {
      batch.add(next);
      if (batch.size() == MAX_BATCH) {
        writeBatch(batch);
        batch = new ArrayList<>();
      }
    }
    if (!batch.isEmpty()) {
      writeBatch(batch);
    }
  }

  private void writeBatch(List<Accepted> batch) {
    try {
      transactions.inTransaction(() -> {
        store(batch);
        return null;
      });
      batch.forEach(accepted -> accepted.outcome().complete(null));
    } catch (RuntimeException batchFailure) {
      for (Accepted accepted : batch) {
        writeAlone(accepted);
      }
    } finally {
      // Nobody may wait forever, whatever went wrong (an Error, say).
      for (Accepted accepted : batch) {
        if (!accepted.outcome().isDone()) {
          accepted.outcome().completeExceptionally(new IllegalStateException("the accepted message was not written"));
        }
      }
    }
  }

  private void writeAlone(Accepted accepted) {
    try {
      transactions.inTransaction(() -> {
        store(List.of(accepted));
        return null;
      });
      accepted.outcome().complete(null);
    } catch (RuntimeException failure) {
      accepted.outcome().completeExceptionally(failure);
    }
  }

  private void store(List<Accepted> batch) {
    transactions.withHandle(handle -> {
      List<Message> batchMessages = batch.stream().map(Accepted::message).toList();
      messages.insertAll(handle, batchMessages);
      deliveryQueue.enqueueAll(handle, batchMessages);
      events.recordAll(handle, batch.stream().map(Accepted::created).toList());
      return null;
    });
  }
}
