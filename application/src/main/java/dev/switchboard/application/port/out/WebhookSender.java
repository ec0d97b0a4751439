package dev.switchboard.application.port.out;

import dev.switchboard.domain.webhook.AttemptOutcome;
import dev.switchboard.domain.webhook.WebhookDeliveryId;
import dev.switchboard.domain.webhook.WebhookEvent;
import dev.switchboard.domain.webhook.WebhookId;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * Posts one webhook payload, signed with the organization's secret, and tells what came back. Implementations
 * answer every failure (refused target, connection error, timeout) as {@link AttemptOutcome.NotSent}; they throw
 * only on a bug.
 */
@FunctionalInterface
public interface WebhookSender {

  /**
   * What to post: the payload's {@code data.id} is the delivery id, its attributes the webhook, the event, the
   * changed fields and the resource's state after the change (its last state, for a delete).
   */
  record Request(
      URI target,
      String secret,
      WebhookDeliveryId deliveryId,
      WebhookId webhookId,
      WebhookEvent event,
      List<String> fields,
      ChangeEvent.Resource resource) {
    public Request {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(secret, "secret");
      Objects.requireNonNull(deliveryId, "deliveryId");
      Objects.requireNonNull(webhookId, "webhookId");
      Objects.requireNonNull(event, "event");
      fields = List.copyOf(fields);
      Objects.requireNonNull(resource, "resource");
    }

    /** The secret never reaches a log through this record. */
    @Override
    public String toString() {
      return "Request[target=" + target + ", deliveryId=" + deliveryId + ", event=" + event + "]";
    }
  }

  AttemptOutcome send(Request request);
}
