package dev.switchboard.application.service;

import dev.switchboard.application.port.in.GetWebhookLogUseCase;
import dev.switchboard.application.port.out.WebhookDeliveryRepository;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.webhook.WebhookDelivery;
import dev.switchboard.domain.webhook.WebhookDeliveryId;
import java.util.Optional;

final class GetWebhookLogService implements GetWebhookLogUseCase {

  private final WebhookDeliveryRepository deliveries;

  GetWebhookLogService(WebhookDeliveryRepository deliveries) {
    this.deliveries = deliveries;
  }

  @Override
  public Optional<WebhookDelivery> get(OrganizationId organization, WebhookDeliveryId id) {
    return deliveries.findById(organization, id);
  }
}
