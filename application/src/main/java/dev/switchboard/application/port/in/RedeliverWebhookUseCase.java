package dev.switchboard.application.port.in;

import dev.switchboard.domain.Violation;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.webhook.WebhookDelivery;
import dev.switchboard.domain.webhook.WebhookDeliveryId;

/** Sends a failed delivery once more, as soon as a worker picks it up. */
public interface RedeliverWebhookUseCase {

  sealed interface Result {
    /** Pending again, due now. */
    record Scheduled(WebhookDelivery delivery) implements Result {}

    record NotFound() implements Result {}

    /** The delivery is pending or delivered; only a failed one is sent again. */
    record NotFailed(Violation violation) implements Result {}
  }

  Result redeliver(OrganizationId organization, WebhookDeliveryId id);
}
