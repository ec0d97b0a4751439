package dev.switchboard.application.inmemory;

import dev.switchboard.application.port.out.OrganizationDataEraser;
import dev.switchboard.domain.organization.OrganizationId;

/**
 * The in-memory webhook adapters: subscriptions and deliveries (the outbox they read is the {@link InMemoryEventLog}).
 * As an eraser it removes an organization's webhooks and its webhook log.
 */
public record InMemoryWebhooks(
    InMemoryWebhookSubscriptionRepository subscriptions, InMemoryWebhookDeliveryRepository deliveries)
    implements OrganizationDataEraser {

  static InMemoryWebhooks create(
      InMemoryTransactions transactions, InMemoryWebhookSubscriptionRepository subscriptions, InMemoryEventLog events) {
    return new InMemoryWebhooks(subscriptions, new InMemoryWebhookDeliveryRepository(transactions, events));
  }

  @Override
  public void eraseAll(OrganizationId organization) {
    deliveries.eraseAll(organization);
    subscriptions.eraseAll(organization);
  }
}
