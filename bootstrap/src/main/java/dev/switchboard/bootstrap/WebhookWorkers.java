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

  WebhookWorkers(WebhooksCore webhooks, Duration pollInterval) {
    this.fanOut = new PollingWorker("webhook-fan-out", webhooks.fanOutEvents()::fanOut, pollInterval);
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
