package dev.switchboard.application.service;

import dev.switchboard.application.port.in.GetWebhookUseCase;
import dev.switchboard.application.port.out.WebhookSubscriptionRepository;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.webhook.WebhookId;
import dev.switchboard.domain.webhook.WebhookSubscription;
import java.util.Optional;

final class GetWebhookService implements GetWebhookUseCase {

  private final WebhookSubscriptionRepository subscriptions;

  GetWebhookService(WebhookSubscriptionRepository subscriptions) {
    this.subscriptions = subscriptions;
  }

  @Override
  public Optional<WebhookSubscription> get(OrganizationId organization, WebhookId id) {
    return subscriptions.findById(organization, id);
  }
}
