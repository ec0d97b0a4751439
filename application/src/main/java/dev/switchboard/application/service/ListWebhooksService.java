package dev.switchboard.application.service;

import dev.switchboard.application.port.in.ListWebhooksUseCase;
import dev.switchboard.application.port.out.WebhookSubscriptionRepository;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.Page;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.webhook.WebhookSubscription;

final class ListWebhooksService implements ListWebhooksUseCase {

  private final WebhookSubscriptionRepository subscriptions;

  ListWebhooksService(WebhookSubscriptionRepository subscriptions) {
    this.subscriptions = subscriptions;
  }

  @Override
  public Page<WebhookSubscription> list(OrganizationId organization, ListQuery<WebhookSubscription> query) {
    return subscriptions.list(organization, query);
  }
}
