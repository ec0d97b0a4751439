package dev.switchboard.domain.webhook;

import java.time.Instant;
import java.util.Objects;

/** One attempt of a delivery, as the webhook log shows it. */
public record WebhookAttempt(Instant at, AttemptOutcome outcome) {
  public WebhookAttempt {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(outcome, "outcome");
  }
}
