package dev.switchboard.application.port.in;

import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.Page;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.webhook.WebhookDelivery;

/** Lists the organization's webhook deliveries with their attempts. */
public interface ListWebhookLogsUseCase {
  Page<WebhookDelivery> list(OrganizationId organization, ListQuery<WebhookDelivery> query);
}
