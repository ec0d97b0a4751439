package dev.switchboard.application.port.out;

import java.util.function.Supplier;

/**
 * Runs a use case's writes (and the events they raise) as one unit: all commit or none do. Repositories called
 * inside {@code work} join the transaction; a nested call joins the outer one. An exception thrown by {@code work}
 * rolls everything back and is rethrown.
 */
public interface TransactionBoundary {
  <T> T inTransaction(Supplier<T> work);
}
