package dev.switchboard.application.service;

import dev.switchboard.application.port.in.SendWebhooksUseCase;
import dev.switchboard.application.port.out.WebhookDeliveryRepository.DueDelivery;
import dev.switchboard.application.port.out.WebhookSender;
import dev.switchboard.domain.organization.Organization;
import dev.switchboard.domain.webhook.AttemptOutcome;
import dev.switchboard.domain.webhook.RetrySchedule;
import dev.switchboard.domain.webhook.WebhookAttempt;
import dev.switchboard.domain.webhook.WebhookDelivery;
import dev.switchboard.domain.webhook.WebhookSubscription;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Posts a batch of due deliveries concurrently, one virtual thread each, so a slow receiver holds up neither the
 * others nor the lease of the batch. A batch never holds two deliveries of one resource to one webhook (the claim
 * keeps them in order), so sending concurrently does not reorder them.
 *
 * <p>The destination and secret are read at send time: a changed organization URL or secret applies to deliveries
 * already waiting. A webhook deleted meanwhile fails its deliveries at once; a missing destination or secret counts
 * as a failed attempt and is retried, since the organization may still set it.
 */
final class SendWebhooksService implements SendWebhooksUseCase {

  /** No retries: for a delivery that can never succeed. */
  private static final RetrySchedule NO_RETRIES = new RetrySchedule(List.of());

  private sealed interface Destination {
    record Ready(URI url, String secret) implements Destination {}

    record Unavailable(String reason, boolean permanent) implements Destination {}
  }

  private final WebhookPorts ports;
  private final WebhookPolicy policy;

  SendWebhooksService(WebhookPorts ports, WebhookPolicy policy) {
    this.ports = ports;
    this.policy = policy;
  }

  @Override
  public int sendDue() {
    List<DueDelivery> due = ports.deliveries().claimDue(policy.batchSize(), ports.clock().instant(), policy.lease());
    List<Future<?>> attempts;
    try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
      attempts = due.stream().<Future<?>>map(delivery -> senders.submit(() -> attempt(delivery))).toList();
    }
    attempts.forEach(SendWebhooksService::rethrowFailure);
    return due.size();
  }

  /** A failure to record an attempt (the database, say) reaches the worker, which logs it and backs off. */
  private static void rethrowFailure(Future<?> attempt) {
    if (attempt.state() == Future.State.FAILED) {
      Throwable failure = attempt.exceptionNow();
      throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
    }
  }

  private void attempt(DueDelivery due) {
    WebhookDelivery delivery = due.delivery();
    Destination destination = destinationOf(delivery);
    AttemptOutcome outcome = switch (destination) {
      case Destination.Ready ready -> sendGuarded(new WebhookSender.Request(
          ready.url(),
          ready.secret(),
          delivery.id(),
          delivery.webhookId(),
          delivery.event(),
          due.event().changedFields(),
          due.event().resource()));
      case Destination.Unavailable unavailable -> new AttemptOutcome.NotSent(unavailable.reason());
    };
    RetrySchedule schedule =
        destination instanceof Destination.Unavailable(String reason, boolean permanent) && permanent
            ? NO_RETRIES
            : policy.retries();
    ports.deliveries().update(delivery.afterAttempt(new WebhookAttempt(ports.clock().instant(), outcome), schedule));
  }

  private Destination destinationOf(WebhookDelivery delivery) {
    Optional<WebhookSubscription> webhook =
        ports.subscriptions().findById(delivery.organizationId(), delivery.webhookId());
    if (webhook.isEmpty()) {
      return new Destination.Unavailable("the webhook was deleted before this delivery was sent", true);
    }
    Optional<Organization> organization = ports.organizations().findById(delivery.organizationId());
    Optional<URI> url = webhook.get().url().or(() -> organization.flatMap(Organization::webhookUrl));
    Optional<String> secret = organization.flatMap(Organization::webhookSecret);
    if (url.isEmpty()) {
      return new Destination.Unavailable("no destination: the webhook has no url and the organization no webhookUrl", false);
    }
    if (secret.isEmpty()) {
      return new Destination.Unavailable("not sent unsigned: the organization has no webhookSecret", false);
    }
    return new Destination.Ready(url.get(), secret.get());
  }

  /** A sender that throws (a bug) costs one attempt, instead of leaving the delivery leased until the lease ends. */
  private AttemptOutcome sendGuarded(WebhookSender.Request request) {
    try {
      return ports.sender().send(request);
    } catch (RuntimeException e) {
      return new AttemptOutcome.NotSent("sending failed: " + e.getClass().getSimpleName());
    }
  }
}
