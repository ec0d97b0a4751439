package dev.switchboard.application.service;

import dev.switchboard.application.port.in.RedeliverWebhookUseCase;
import dev.switchboard.domain.Validated;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.webhook.WebhookDelivery;
import dev.switchboard.domain.webhook.WebhookDeliveryId;

final class RedeliverWebhookService implements RedeliverWebhookUseCase {

  private final WebhookPorts ports;

  RedeliverWebhookService(WebhookPorts ports) {
    this.ports = ports;
  }

  @Override
  public Result redeliver(OrganizationId organization, WebhookDeliveryId id) {
    return ports.transactions().inTransaction(() -> ports.deliveries()
        .findByIdForUpdate(organization, id)
        .map(this::redeliver)
        .orElseGet(Result.NotFound::new));
  }

  private Result redeliver(WebhookDelivery delivery) {
    return switch (delivery.redeliver(ports.clock().instant())) {
      case Validated.Invalid<WebhookDelivery> invalid -> new Result.NotFailed(invalid.violation());
      case Validated.Valid<WebhookDelivery> valid -> {
        ports.deliveries().update(valid.value());
        yield new Result.Scheduled(valid.value());
      }
    };
  }
}
