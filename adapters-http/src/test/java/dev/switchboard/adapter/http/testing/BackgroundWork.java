package dev.switchboard.adapter.http.testing;

import dev.switchboard.application.port.in.DispatchDeliveriesUseCase;
import dev.switchboard.application.port.in.FanOutEventsUseCase;
import dev.switchboard.application.port.in.SendWebhooksUseCase;
import dev.switchboard.application.service.WebhookPolicy;
import dev.switchboard.domain.webhook.RetrySchedule;
import java.time.Duration;
import java.util.Collections;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * What the server's workers do, for contract tests to run on the test thread: hand messages to the (fake) provider,
 * fan events out to webhook deliveries, send due deliveries. {@link #POLICY} retries after 100 ms, five times.
 */
public record BackgroundWork(
    DispatchDeliveriesUseCase dispatch, FanOutEventsUseCase fanOut, SendWebhooksUseCase sendWebhooks) {

  public static final WebhookPolicy POLICY = new WebhookPolicy(
      32, Duration.ofSeconds(30), new RetrySchedule(Collections.nCopies(5, Duration.ofMillis(100))));

  public BackgroundWork {
    Objects.requireNonNull(dispatch, "dispatch");
    Objects.requireNonNull(fanOut, "fanOut");
    Objects.requireNonNull(sendWebhooks, "sendWebhooks");
  }

  /** One round of webhook work; how many events and deliveries it handled. */
  public int deliverWebhooks() {
    return fanOut.fanOut() + sendWebhooks.sendDue();
  }

  /** Runs the webhook workers until {@code done} holds; fails after {@code timeout}. */
  public void deliverWebhooksUntil(BooleanSupplier done, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("webhook work did not finish within " + timeout);
      }
      if (deliverWebhooks() == 0) {
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("interrupted", e);
        }
      }
    }
  }

  /** Runs the webhook workers until a round finds nothing due now (retries later than now are left alone). */
  public void deliverWebhooksDueNow() {
    while (deliverWebhooks() > 0) {
      // keep going
    }
  }
}
