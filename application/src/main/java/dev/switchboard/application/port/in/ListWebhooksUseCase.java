package dev.switchboard.application.port.in;

import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.Page;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.webhook.WebhookSubscription;

/** Lists the organization's webhooks. */
public interface ListWebhooksUseCase {
  Page<WebhookSubscription> list(OrganizationId organization, ListQuery<WebhookSubscription> query);
}
