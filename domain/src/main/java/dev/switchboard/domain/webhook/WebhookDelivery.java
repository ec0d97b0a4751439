package dev.switchboard.domain.webhook;

import dev.switchboard.domain.Validated;
import dev.switchboard.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One event on its way to one webhook, and its log: every attempt with its outcome, and when the next one is due.
 * {@code eventSequence} is the event's position in the outbox; deliveries of one resource to one webhook go out in
 * that order.
 *
 * <p>A pending delivery is tried when {@code nextAttemptAt} comes. A 2xx response delivers it; any other outcome
 * schedules the next retry from the {@link RetrySchedule}, and when the schedule is used up the delivery has
 * {@code FAILED}. A failed delivery can be {@link #redeliver redelivered}: it is tried once more, right away, and
 * fails again without further retries if that attempt fails too (the person who asked sees the result in the log).
 */
public record WebhookDelivery(
    WebhookDeliveryId id,
    OrganizationId organizationId,
    WebhookId webhookId,
    WebhookEvent event,
    ResourceRef resource,
    long eventSequence,
    DeliveryState status,
    List<WebhookAttempt> attempts,
    Optional<Instant> nextAttemptAt,
    boolean redeliveryRequested,
    Instant createdAt,
    Instant updatedAt) {

  public static final String NOT_FAILED = "delivery_not_failed";

  public WebhookDelivery {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(webhookId, "webhookId");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(status, "status");
    attempts = List.copyOf(attempts);
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if ((status == DeliveryState.PENDING) != nextAttemptAt.isPresent()) {
      throw new IllegalArgumentException("exactly the pending deliveries have a next attempt time");
    }
    if (status == DeliveryState.DELIVERED && (attempts.isEmpty() || !attempts.getLast().outcome().isSuccess())) {
      throw new IllegalArgumentException("a delivered delivery ends with a successful attempt");
    }
  }

  /** A new delivery, due at once. */
  public static WebhookDelivery pending(
      WebhookDeliveryId id,
      OrganizationId organizationId,
      WebhookId webhookId,
      WebhookEvent event,
      ResourceRef resource,
      long eventSequence,
      Instant now) {
    return new WebhookDelivery(
        id, organizationId, webhookId, event, resource, eventSequence, DeliveryState.PENDING, List.of(),
        Optional.of(now), false, now, now);
  }

  /** The delivery after {@code attempt}: delivered, due again by the schedule, or failed. Only a pending one is tried. */
  public WebhookDelivery afterAttempt(WebhookAttempt attempt, RetrySchedule schedule) {
    if (status != DeliveryState.PENDING) {
      throw new IllegalStateException("only a pending delivery is attempted; this one is " + status.wireName());
    }
    List<WebhookAttempt> all = new ArrayList<>(attempts);
    all.add(attempt);
    Instant at = attempt.at();
    if (attempt.outcome().isSuccess()) {
      return with(DeliveryState.DELIVERED, all, Optional.empty(), false, at);
    }
    Optional<Instant> retryAt = redeliveryRequested
        ? Optional.empty()
        : schedule.delayAfter(all.size()).map(at::plus);
    return retryAt
        .map(next -> with(DeliveryState.PENDING, all, Optional.of(next), false, at))
        .orElseGet(() -> with(DeliveryState.FAILED, all, Optional.empty(), false, at));
  }

  /** A failed delivery, due again at once for one more attempt; anything else is refused. */
  public Validated<WebhookDelivery> redeliver(Instant now) {
    if (status != DeliveryState.FAILED) {
      return Validated.invalid(
          NOT_FAILED, "Only a failed delivery can be redelivered; this one is " + status.wireName());
    }
    return Validated.valid(with(DeliveryState.PENDING, attempts, Optional.of(now), true, now));
  }

  private WebhookDelivery with(
      DeliveryState newStatus,
      List<WebhookAttempt> newAttempts,
      Optional<Instant> next,
      boolean redelivery,
      Instant now) {
    return new WebhookDelivery(
        id, organizationId, webhookId, event, resource, eventSequence, newStatus, newAttempts, next, redelivery,
        createdAt, now);
  }
}
