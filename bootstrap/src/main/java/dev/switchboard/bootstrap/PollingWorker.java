package dev.switchboard.bootstrap;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one batch of background work after another on a virtual thread: as long as batches find work it goes on at
 * once, when a batch finds nothing it waits {@code idleDelay}. A worker given a full batch size waits
 * {@code gatherDelay} after a batch that found some work but not a full batch, so that under a steady trickle the next
 * batch takes what gathered meanwhile instead of one or two items, and shares its fixed cost (a transaction, a commit).
 * A failing batch is logged and retried after the idle delay, so a database blip does not kill the worker.
 * {@link #stop()} lets the running batch finish: it wakes a sleeping worker but never interrupts a batch, because an
 * interrupt during file or socket I/O closes the channel (H2 then loses its database file, a JDBC connection breaks).
 */
final class PollingWorker implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(PollingWorker.class);

  private final String name;
  private final IntSupplier batch;
  private final Duration idleDelay;
  private final int fullBatch;
  private final Duration gatherDelay;
  private volatile boolean running;
  private Thread thread;
  private CountDownLatch stopSignal;

  PollingWorker(String name, IntSupplier batch, Duration idleDelay) {
    this(name, batch, idleDelay, 1, Duration.ZERO);
  }

  PollingWorker(String name, IntSupplier batch, Duration idleDelay, int fullBatch, Duration gatherDelay) {
    this.name = Objects.requireNonNull(name, "name");
    this.batch = Objects.requireNonNull(batch, "batch");
    this.idleDelay = Objects.requireNonNull(idleDelay, "idleDelay");
    this.fullBatch = fullBatch;
    this.gatherDelay = Objects.requireNonNull(gatherDelay, "gatherDelay");
  }

  synchronized void start() {
    if (thread != null) {
      return;
    }
    running = true;
    stopSignal = new CountDownLatch(1);
    CountDownLatch signal = stopSignal;
    thread = Thread.ofVirtual().name(name).start(() -> loop(signal));
  }

  private void loop(CountDownLatch signal) {
    while (running) {
      int handled;
      try {
        handled = batch.getAsInt();
      } catch (RuntimeException e) {
        log.error("{} batch failed; retrying in {}", name, idleDelay, e);
        handled = 0;
      }
      Duration wait = handled == 0 ? idleDelay : handled < fullBatch ? gatherDelay : Duration.ZERO;
      if (wait.isPositive() && running) {
        try {
          signal.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** Stops after the batch in progress; waits for it. */
  synchronized void stop() {
    if (thread == null) {
      return;
    }
    running = false;
    stopSignal.countDown();
    try {
      thread.join(Duration.ofSeconds(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    thread = null;
  }

  @Override
  public void close() {
    stop();
  }
}
