package dev.switchboard.application.service;

import dev.switchboard.application.port.in.DeleteResult;
import dev.switchboard.application.port.in.DeleteWebhookUseCase;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.webhook.WebhookId;

final class DeleteWebhookService implements DeleteWebhookUseCase {

  private final WebhookPorts ports;

  DeleteWebhookService(WebhookPorts ports) {
    this.ports = ports;
  }

  @Override
  public DeleteResult delete(OrganizationId organization, WebhookId id) {
    return ports.transactions().inTransaction(() -> ports.subscriptions()
        .findById(organization, id)
        .map(found -> {
          ports.subscriptions().delete(organization, id);
          return DeleteResult.DELETED;
        })
        .orElse(DeleteResult.NOT_FOUND));
  }
}
