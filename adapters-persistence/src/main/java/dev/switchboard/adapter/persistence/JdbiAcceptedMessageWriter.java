package dev.switchboard.adapter.persistence;

import dev.switchboard.application.port.out.AcceptedMessageWriter;
import dev.switchboard.application.port.out.ChangeEvent;
import dev.switchboard.application.port.out.ThreadDeletedException;
import dev.switchboard.domain.message.Message;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Group commit for accepted messages. Callers queue their message and one of them, the leader, writes what is queued
 * as one transaction of four batched statements (messages, status history, delivery jobs, events), while the others
 * wait for their own message's outcome. Under load a commit and the statement round trips are shared by a whole
 * batch; a lone caller leads at once, so nothing waits for a timer.
 *
 * <p>A leader writes batches until its own message is written, then hands the lead to the oldest caller still
 * queued, so that under a steady stream no caller keeps writing for others while its own request waits. With nobody
 * queued it lowers the flag and looks once more, because a caller who queued meanwhile may have found it raised.
 *
 * <p>A batch that fails (a thread deleted meanwhile, say) is written again message by message, so that only the
 * faulty message's caller sees the failure. Called inside a transaction of the caller's, the writer joins it instead.
 */
final class JdbiAcceptedMessageWriter implements AcceptedMessageWriter {

  /** Bounds one transaction's size; at the concurrency of a pool's connections batches stay far below it. */
  static final int MAX_BATCH = 256;

  private static final Set<String> FOREIGN_KEY_VIOLATIONS = Set.of("23503", "23506");

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

  /** A queued message; {@code lead} is completed when the caller is to take over as leader. */
  private record Accepted(
      Message message, ChangeEvent created, CompletableFuture<Void> outcome, CompletableFuture<Void> lead) {}

  @Override
  public void write(Message message, ChangeEvent created) {
    Accepted accepted = new Accepted(message, created, new CompletableFuture<>(), new CompletableFuture<>());
    if (transactions.inTransactionOnThisThread()) {
      try {
        store(List.of(accepted));
      } catch (RuntimeException failure) {
        throw threadDeletedOr(failure);
      }
      return;
    }
    queued.add(accepted);
    if (leading.compareAndSet(false, true)) {
      lead(accepted);
    } else {
      // Woken by either; a failed outcome is rethrown below.
      CompletableFuture.anyOf(accepted.outcome(), accepted.lead()).exceptionally(failure -> null).join();
      if (accepted.lead().isDone()) {
        lead(accepted);
      }
    }
    try {
      accepted.outcome().join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException failure ? failure : e;
    }
  }

  private void lead(Accepted own) {
    try {
      while (!own.outcome().isDone()) {
        writeBatch(drain());
      }
    } finally {
      handOver();
    }
  }

  private List<Accepted> drain() {
    List<Accepted> batch = new ArrayList<>();
    Accepted next;
    while (batch.size() < MAX_BATCH && (next = queued.poll()) != null) {
      batch.add(next);
    }
    return batch;
  }

  private void handOver() {
    Accepted next = queued.peek();
    if (next != null) {
      next.lead().complete(null);
      return;
    }
    leading.set(false);
    next = queued.peek();
    if (next != null && leading.compareAndSet(false, true)) {
      next.lead().complete(null);
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
      accepted.outcome().completeExceptionally(threadDeletedOr(failure));
    }
  }

  /**
   * The messages' key to their thread is the only foreign key these inserts meet, so its violation means the thread
   * was deleted after the caller read it (SQLState 23503 on PostgreSQL, 23506 on H2).
   */
  private static RuntimeException threadDeletedOr(RuntimeException failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && FOREIGN_KEY_VIOLATIONS.contains(sql.getSQLState())) {
        return new ThreadDeletedException("the message's thread no longer exists", failure);
      }
    }
    return failure;
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
