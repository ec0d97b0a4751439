package dev.switchboard.adapter.persistence;

import dev.switchboard.application.port.out.DuplicateKeyException;
import dev.switchboard.application.port.out.TransactionBoundary;
import java.sql.SQLException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Transactions on one Jdbi. {@link #inTransaction} opens a handle, begins a transaction and binds the handle to the
 * calling thread; repositories running on that thread use it through {@link #withHandle}, so they join the
 * transaction, and a nested {@code inTransaction} simply runs inside the outer one. Outside a transaction every
 * repository call takes a short handle of its own (auto-commit).
 *
 * <p>Unique-key violations (SQLState 23505 on H2 and PostgreSQL) surface as {@link DuplicateKeyException}.
 */
final class JdbiTransactions implements TransactionBoundary {

  private static final String UNIQUE_VIOLATION = "23505";

  private final Jdbi jdbi;
  private final ThreadLocal<Handle> bound = new ThreadLocal<>();

  JdbiTransactions(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (bound.get() != null) {
      return work.get();
    }
    try (Handle handle = jdbi.open()) {
      handle.begin();
      bound.set(handle);
      T result;
      try {
        result = work.get();
      } catch (RuntimeException | Error failure) {
        rollbackQuietly(handle, failure);
        throw failure;
      } finally {
        bound.remove();
      }
      try {
        handle.commit();
      } catch (JdbiException e) {
        rollbackQuietly(handle, e);
        throw translate(e);
      }
      return result;
    }
  }

  /** Runs {@code work} on the thread's transaction handle, or on a short handle of its own when there is none. */
  <T> T withHandle(Function<Handle, T> work) {
    try {
      Handle handle = bound.get();
      if (handle != null) {
        return work.apply(handle);
      }
      return jdbi.withHandle(work::apply);
    } catch (JdbiException e) {
      throw translate(e);
    }
  }

  /** Whether the calling thread is inside {@link #inTransaction}, so repository calls see its uncommitted writes. */
  boolean inTransactionOnThisThread() {
    return bound.get() != null;
  }

  /**
   * Runs {@code action} once the calling thread's transaction has committed, never if it rolls back; outside a
   * transaction the statements before it have committed already, so it runs at once.
   */
  void afterCommit(Runnable action) {
    Handle handle = bound.get();
    if (handle == null) {
      action.run();
    } else {
      handle.afterCommit(action);
    }
  }

  /** Like {@link #withHandle} but several statements as one unit, joining the thread's transaction if there is one. */
  <T> T atomically(Function<Handle, T> work) {
    return inTransaction(() -> withHandle(work));
  }

  static RuntimeException translate(JdbiException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return new DuplicateKeyException(sql.getMessage(), e);
      }
    }
    return e;
  }

  private static void rollbackQuietly(Handle handle, Throwable failure) {
    try {
      handle.rollback();
    } catch (RuntimeException rollbackFailure) {
      failure.addSuppressed(rollbackFailure);
    }
  }
}
