package dev.switchboard.bootstrap;

import dev.switchboard.application.service.WebhooksCore;
import java.time.Duration;

/**
 * The two webhook workers: one fans new outbox events out to deliveries, the other sends due deliveries. They run
 * on every node that has them switched on; the database keeps nodes from taking the same event or delivery.
 */
final class WebhookWorkers {

  private final PollingWorker fanOut;
  private final PollingWorker sender;

  /**
   * After a partial batch the fan-out waits a tenth of the poll interval, at most 20 ms: under load its batches fill up
   * (each is a transaction of its own), and an event is still fanned out sooner than by an idle poll.
   */
  static final Duration MAX_FAN_OUT_GATHER = Duration.ofMillis(20);

  WebhookWorkers(WebhooksCore webhooks, Duration pollInterval, int fanOutBatch) {
    Duration gather = pollInterval.dividedBy(10).compareTo(MAX_FAN_OUT_GATHER) < 0
        ? pollInterval.dividedBy(10)
        : MAX_FAN_OUT_GATHER;
    this.fanOut = new PollingWorker(
        "webhook-fan-out", webhooks.fanOutEvents()::fanOut, pollInterval, fanOutBatch, gather);
    this.sender = new PollingWorker("webhook-sender", webhooks.sendWebhooks()::sendDue, pollInterval);
  }

  void start() {
    fanOut.start();
    sender.start();
  }

  /** Fan-out first, so no new deliveries appear while the sender finishes its batch. */
  void stop() {
    fanOut.stop();
    sender.stop();
  }
}
