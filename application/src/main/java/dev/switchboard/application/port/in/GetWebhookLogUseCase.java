package dev.switchboard.application.port.in;

import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.webhook.WebhookDelivery;
import dev.switchboard.domain.webhook.WebhookDeliveryId;
import java.util.Optional;

/** Reads one webhook delivery and its attempts; its id is the {@code data.id} of the payload it posts. */
public interface GetWebhookLogUseCase {
  Optional<WebhookDelivery> get(OrganizationId organization, WebhookDeliveryId id);
}
