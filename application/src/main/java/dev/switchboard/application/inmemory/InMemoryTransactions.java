package dev.switchboard.application.inmemory;

import dev.switchboard.application.port.out.TransactionBoundary;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Transactions for the in-memory adapters: one lock serialises all writers (which also makes every
 * {@code findForUpdate} a real lock), and an undo log restores the maps when the work throws. Reads do not take the
 * lock; the maps are concurrent, so a reader sees each row either before or after a write.
 */
public final class InMemoryTransactions implements TransactionBoundary {

  private final ReentrantLock lock = new ReentrantLock();
  private final ThreadLocal<Deque<Runnable>> undoLog = new ThreadLocal<>();

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (undoLog.get() != null) {
      return work.get();
    }
    lock.lock();
    Deque<Runnable> undo = new ArrayDeque<>();
    undoLog.set(undo);
    try {
      return work.get();
    } catch (RuntimeException | Error failure) {
      undo.forEach(Runnable::run);
      throw failure;
    } finally {
      undoLog.remove();
      lock.unlock();
    }
  }

  /** Applies one change; inside a transaction it is undone if the transaction fails. */
  void write(Runnable change, Runnable undo) {
    inTransaction(() -> {
      change.run();
      undoLog.get().push(undo);
      return null;
    });
  }
}
