package dev.switchboard.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PollingWorkerTest {

  @Test
  void givenABatchInProgress_stop_letsItFinishWithoutInterruptingIt() throws InterruptedException {
    CountDownLatch batchStarted = new CountDownLatch(1);
    AtomicBoolean interrupted = new AtomicBoolean();
    AtomicBoolean finished = new AtomicBoolean();
    PollingWorker worker = new PollingWorker("test", () -> {
      batchStarted.countDown();
      long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
      while (System.nanoTime() < until) {
        if (Thread.currentThread().isInterrupted()) {
          interrupted.set(true);
        }
      }
      finished.set(true);
      return 1;
    }, Duration.ofSeconds(10));
    worker.start();
    assertThat(batchStarted.await(5, TimeUnit.SECONDS)).isTrue();

    worker.stop();

    assertThat(finished).isTrue();
    assertThat(interrupted).isFalse();
  }

  @Test
  void givenAnIdleWorker_stop_wakesItAtOnce() {
    AtomicInteger batches = new AtomicInteger();
    PollingWorker worker = new PollingWorker("test", () -> {
      batches.incrementAndGet();
      return 0;
    }, Duration.ofMinutes(10));
    worker.start();
    await().atMost(Duration.ofSeconds(5)).until(() -> batches.get() == 1);
    long started = System.nanoTime();

    worker.stop();

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    assertThat(batches).hasValue(1);
  }

  @Test
  void givenAFailingBatch_theWorkerKeepsGoing() {
    AtomicInteger batches = new AtomicInteger();
    PollingWorker worker = new PollingWorker("test", () -> {
      if (batches.incrementAndGet() == 1) {
        throw new IllegalStateException("database blip");
      }
      return 0;
    }, Duration.ofMillis(10));
    worker.start();

    await().atMost(Duration.ofSeconds(5)).until(() -> batches.get() >= 3);
    worker.stop();
  }

  @Test
  void givenPartialBatches_theWorkerWaitsTheGatherDelayAfterEach_butGoesOnAtOnceAfterFullOnes() throws Exception {
    AtomicInteger partialBatches = new AtomicInteger();
    AtomicInteger fullBatches = new AtomicInteger();
    Duration gather = Duration.ofMillis(200);
    PollingWorker gathering = new PollingWorker("test", () -> {
      partialBatches.incrementAndGet();
      return 3;
    }, Duration.ofMinutes(10), 10, gather);
    PollingWorker busy = new PollingWorker("test", () -> {
      fullBatches.incrementAndGet();
      return 10;
    }, Duration.ofMinutes(10), 10, gather);
    long started = System.nanoTime();
    gathering.start();
    busy.start();

    Thread.sleep(500);
    gathering.stop();
    busy.stop();

    long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    assertThat(partialBatches.get()).isBetween(1, 1 + (int) (elapsedMillis / gather.toMillis()));
    assertThat(fullBatches.get()).isGreaterThan(10);
  }
}
