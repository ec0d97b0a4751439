package dev.switchboard.application.service;

import dev.switchboard.application.port.in.DispatchDeliveriesUseCase;
import dev.switchboard.application.port.out.ChannelGateway;
import dev.switchboard.application.port.out.ChannelGateway.SendOutcome;
import dev.switchboard.application.port.out.DeliveryQueue;
import dev.switchboard.domain.message.DeliveryStatus;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.StatusUpdate;
import dev.switchboard.domain.message.TemplatePayload;
import dev.switchboard.domain.template.MessageTemplate;
import dev.switchboard.domain.thread.MessageThread;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

final class DispatchDeliveriesService implements DispatchDeliveriesUseCase {

  private final Ports ports;
  private final Events events;
  private final ChannelGateway gateway;
  private final DeliveryPolicy policy;
  private final RandomGenerator jitter;

  DispatchDeliveriesService(Ports ports, ChannelGateway gateway, DeliveryPolicy policy, RandomGenerator jitter) {
    this.ports = ports;
    this.events = new Events(ports.events());
    this.gateway = gateway;
    this.policy = policy;
    this.jitter = jitter;
  }

  @Override
  public int dispatchDue() {
    List<DeliveryQueue.Job> jobs =
        ports.deliveryQueue().claim(policy.batchSize(), ports.clock().instant(), policy.lease());
    return (int) jobs.stream().filter(this::deliver).count();
  }

  /** Works one job; false when the channel's send rate only postponed it, so no progress was made. */
  private boolean deliver(DeliveryQueue.Job job) {
    Optional<Message> message = ports.messages().findById(job.organizationId(), job.messageId());
    Optional<MessageThread> thread =
        message.flatMap(found -> ports.threads().findById(found.organizationId(), found.threadId()));
    if (message.isEmpty() || thread.isEmpty() || message.get().deliveryStatus() != DeliveryStatus.ACCEPTED) {
      // Deleted, or already handled by a worker whose lease ran out: nothing left to send.
      ports.deliveryQueue().complete(job);
      return true;
    }
    Optional<MessageTemplate> template = Optional.empty();
    if (message.get().payload() instanceof TemplatePayload payload) {
      template = ports.templates().findById(job.organizationId(), payload.templateId());
      if (template.isEmpty()) {
        String reason = "template " + payload.templateId() + " was deleted before sending";
        record(job, StatusUpdate.failed(reason), Optional.empty());
        return true;
      }
    }
    SendOutcome outcome = sendGuarded(new ChannelGateway.Delivery(message.get(), thread.get(), template));
    switch (outcome) {
      case SendOutcome.Accepted accepted ->
          record(job, StatusUpdate.SENT, Optional.of(accepted.providerMessageId()), accepted.warnings());
      case SendOutcome.Rejected rejected -> record(job, StatusUpdate.failed(rejected.reason()), Optional.empty());
      case SendOutcome.RetryLater retry -> retry(job, retry);
      case SendOutcome.Throttled throttled -> {
        ports.deliveryQueue().postpone(job, ports.clock().instant().plus(throttled.after()));
        return false;
      }
    }
    return true;
  }

  /**
   * An adapter that throws instead of answering (a bug, an unexpected I/O error) is treated as a passing failure, so
   * the job is retried with backoff and finally given up, rather than left leased and retried forever.
   */
  private SendOutcome sendGuarded(ChannelGateway.Delivery delivery) {
    try {
      return gateway.send(delivery);
    } catch (RuntimeException e) {
      return new SendOutcome.RetryLater(Optional.empty(), "provider call failed: " + e);
    }
  }

  private void retry(DeliveryQueue.Job job, SendOutcome.RetryLater retry) {
    int attemptsSoFar = job.attempts() + 1;
    if (attemptsSoFar >= policy.maxAttempts()) {
      record(job, StatusUpdate.failed("gave up after " + attemptsSoFar + " attempts: " + retry.reason()), Optional.empty());
      return;
    }
    Duration backoff = policy.backoff(job.attempts(), jitter.nextDouble());
    Duration delay = retry.after().filter(after -> after.compareTo(backoff) > 0).orElse(backoff);
    ports.deliveryQueue().retryAt(job, ports.clock().instant().plus(delay));
  }

  private void record(DeliveryQueue.Job job, StatusUpdate update, Optional<String> providerMessageId) {
    record(job, update, providerMessageId, List.of());
  }

  /**
   * Applies the outcome to the message and finishes the job, in one transaction. {@code partialFailures} (email
   * recipients the relay refused) join the message's error messages while it still counts as sent.
   */
  private void record(
      DeliveryQueue.Job job, StatusUpdate update, Optional<String> providerMessageId, List<String> partialFailures) {
    ports.transactions().inTransaction(() -> {
      ports.messages().findByIdForUpdate(job.organizationId(), job.messageId()).ifPresent(current -> {
        Instant now = ports.clock().instant();
        Message withId = providerMessageId.map(id -> current.withProviderMessageId(id, now)).orElse(current)
            .withPartialFailures(partialFailures, now);
        Message after = withId.apply(update, now).message();
        if (!after.equals(current)) {
          ports.messages().update(after);
          events.updated(current, after, now);
        }
      });
      ports.deliveryQueue().complete(job);
      return null;
    });
  }
}
