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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Group commit for accepted messages. Callers prepare their message and its event for writing on their own thread
 * (rows, JSON) and queue them, then wait for their message's outcome; the writer thread writes what is queued in
 * batches (messages, status history, delivery jobs, events: see {@link BatchStatements}), one after the other, each
 * batch taking what queued while the previous one was written. Under load a commit and the statement round trips are
 * shared by a whole batch; a lone message is written at once, so nothing waits for a timer.
 *
 * <p>The writer is one platform thread, started when messages queue and ended after ten idle seconds. A virtual
 * thread would wait for a free carrier after every round trip, behind the request handlers that fill the queue: under
 * load on PostgreSQL that wait was about a fifth of the writer's time. When the queue is empty the writer lowers its
 * flag and looks once more, because a caller who queued meanwhile may have found the flag raised.
 *
 * <p>A batch that fails (a thread deleted meanwhile, say) is written again message by message, so that only the
 * faulty message's caller sees the failure. Called inside a transaction of the caller's, the writer joins it instead.
 */
final class JdbiAcceptedMessageWriter<P> implements AcceptedMessageWriter {

  /** Bounds one transaction's size; at the concurrency of a pool's connections batches stay far below it. */
  static final int MAX_BATCH = 256;

  private static final Set<String> FOREIGN_KEY_VIOLATIONS = Set.of("23503", "23506");

  /**
   * How a batch is written. {@link #prepare} runs on each caller's thread before its message is queued, so that the
   * work it does is not serialised behind the writer; {@link #write} writes a batch of prepared messages, in the order
   * they came, all or nothing, joining the calling thread's transaction if it has one.
   */
  interface BatchStatements<P> {
    P prepare(JdbiMessageRepository.Row message, JdbiEventSink.Row event);

    void write(List<P> batch);
  }

  /** One batched statement per table (the repositories' own) in a transaction, for databases without a single one. */
  record PerTable(
      JdbiTransactions transactions,
      JdbiMessageRepository messageRepository,
      JdbiDeliveryQueue deliveryQueue,
      JdbiEventSink eventSink)
      implements BatchStatements<PerTable.Rows> {

    record Rows(JdbiMessageRepository.Row message, JdbiEventSink.Row event) {}

    @Override
    public Rows prepare(JdbiMessageRepository.Row message, JdbiEventSink.Row event) {
      return new Rows(message, event);
    }

    @Override
    public void write(List<Rows> batch) {
      List<JdbiMessageRepository.Row> messages = batch.stream().map(Rows::message).toList();
      transactions.atomically(handle -> {
        messageRepository.insertAll(handle, messages);
        deliveryQueue.enqueueAll(handle, messages);
        eventSink.recordAll(handle, batch.stream().map(Rows::event).toList());
        return null;
      });
    }
  }

  private final JdbiTransactions transactions;
  private final JdbiEventSink events;
  private final BatchStatements<P> statements;
  private final ConcurrentLinkedQueue<Accepted<P>> queued = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean writing = new AtomicBoolean();
  private final ExecutorService writer = new ThreadPoolExecutor(0, 1, 10, TimeUnit.SECONDS,
      new LinkedBlockingQueue<>(), Thread.ofPlatform().daemon().name("accepted-message-writer").factory());

  JdbiAcceptedMessageWriter(JdbiTransactions transactions, JdbiEventSink events, BatchStatements<P> statements) {
    this.transactions = transactions;
    this.events = events;
    this.statements = statements;
  }

  /** A queued message and its caller's wait. */
  private record Accepted<P>(P prepared, CompletableFuture<Void> outcome) {}

  @Override
  public void write(Message message, ChangeEvent created) {
    Accepted<P> accepted = new Accepted<>(
        statements.prepare(JdbiMessageRepository.Row.of(message), events.rowOf(created)),
        new CompletableFuture<>());
    if (transactions.inTransactionOnThisThread()) {
      try {
        store(List.of(accepted));
      } catch (RuntimeException failure) {
        throw threadDeletedOr(failure);
      }
      return;
    }
    queued.add(accepted);
    if (writing.compareAndSet(false, true)) {
      writer.execute(this::writeQueued);
    }
    try {
      accepted.outcome().join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException failure ? failure : e;
    }
  }

  private void writeQueued() {
    do {
      try {
        for (List<Accepted<P>> batch = drain(); !batch.isEmpty(); batch = drain()) {
          writeBatch(batch);
        }
      } finally {
        // Lowered whatever went wrong, so that the next caller starts a writer again.
        writing.set(false);
      }
    } while (!queued.isEmpty() && writing.compareAndSet(false, true));
  }

  private List<Accepted<P>> drain() {
    List<Accepted<P>> batch = new ArrayList<>();
    Accepted<P> next;
    while (batch.size() < MAX_BATCH && (next = queued.poll()) != null) {
      batch.add(next);
    }
    return batch;
  }

  private void writeBatch(List<Accepted<P>> batch) {
    try {
      store(batch);
      batch.forEach(accepted -> accepted.outcome().complete(null));
    } catch (RuntimeException batchFailure) {
      for (Accepted<P> accepted : batch) {
        writeAlone(accepted);
      }
    } finally {
      // Nobody may wait forever, whatever went wrong (an Error, say).
      for (Accepted<P> accepted : batch) {
        if (!accepted.outcome().isDone()) {
          accepted.outcome().completeExceptionally(new IllegalStateException("the accepted message was not written"));
        }
      }
    }
  }

  private void writeAlone(Accepted<P> accepted) {
    try {
      store(List.of(accepted));
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

  private void store(List<Accepted<P>> batch) {
    statements.write(batch.stream().map(Accepted::prepared).toList());
  }
}
