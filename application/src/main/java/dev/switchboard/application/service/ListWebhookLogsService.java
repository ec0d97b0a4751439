package dev.switchboard.application.service;

import dev.switchboard.application.port.in.ListWebhookLogsUseCase;
import dev.switchboard.application.port.out.WebhookDeliveryRepository;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.Page;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.webhook.WebhookDelivery;

final class ListWebhookLogsService implements ListWebhookLogsUseCase {

  private final WebhookDeliveryRepository deliveries;

  ListWebhookLogsService(WebhookDeliveryRepository deliveries) {
    this.deliveries = deliveries;
  }

  @Override
  public Page<WebhookDelivery> list(OrganizationId organization, ListQuery<WebhookDelivery> query) {
    return deliveries.list(organization, query);
  }
}
