package dev.switchboard.application.port.in;

import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.webhook.WebhookId;
import dev.switchboard.domain.webhook.WebhookSubscription;
import java.util.Optional;

/** Reads one webhook of the caller's organization. */
public interface GetWebhookUseCase {
  Optional<WebhookSubscription> get(OrganizationId organization, WebhookId id);
}
