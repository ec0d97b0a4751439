package dev.switchboard.application.inmemory;

import dev.switchboard.application.port.out.DuplicateKeyException;
import dev.switchboard.application.port.out.WebhookSubscriptionRepository;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.Page;
import dev.switchboard.application.query.WebhookFields;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.webhook.WebhookEvent;
import dev.switchboard.domain.webhook.WebhookId;
import dev.switchboard.domain.webhook.WebhookResource;
import dev.switchboard.domain.webhook.WebhookSubscription;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Webhook subscriptions in a map. */
public final class InMemoryWebhookSubscriptionRepository implements WebhookSubscriptionRepository {

  private final Map<UUID, WebhookSubscription> subscriptions = new ConcurrentHashMap<>();
  private final InMemoryTransactions transactions;

  public InMemoryWebhookSubscriptionRepository(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Optional<WebhookSubscription> findById(OrganizationId organization, WebhookId id) {
    return Optional.ofNullable(subscriptions.get(id.value()))
        .filter(webhook -> webhook.organizationId().equals(organization));
  }

  @Override
  public List<WebhookSubscription> findFor(OrganizationId organization, WebhookResource resource, WebhookEvent event) {
    return subscriptions.values().stream()
        .filter(webhook -> webhook.organizationId().equals(organization)
            && webhook.resource() == resource
            && webhook.event() == event)
        .sorted(Comparator.comparing(WebhookSubscription::createdAt).thenComparing(webhook -> webhook.id().value()))
        .toList();
  }

  @Override
  public void insert(WebhookSubscription subscription) {
    UUID key = subscription.id().value();
    transactions.write(() -> {
      if (subscriptions.containsKey(key)) {
        throw new DuplicateKeyException("webhook " + key + " exists");
      }
      subscriptions.put(key, subscription);
    }, () -> subscriptions.remove(key));
  }

  @Override
  public void update(WebhookSubscription subscription) {
    findById(subscription.organizationId(), subscription.id()).ifPresent(previous -> transactions.write(
        () -> subscriptions.put(previous.id().value(), subscription),
        () -> subscriptions.put(previous.id().value(), previous)));
  }

  @Override
  public void delete(OrganizationId organization, WebhookId id) {
    findById(organization, id).ifPresent(previous -> transactions.write(
        () -> subscriptions.remove(id.value()), () -> subscriptions.put(id.value(), previous)));
  }

  @Override
  public Page<WebhookSubscription> list(OrganizationId organization, ListQuery<WebhookSubscription> query) {
    return InMemoryListing.page(
        subscriptions.values().stream().filter(webhook -> webhook.organizationId().equals(organization)).toList(),
        query,
        WebhookFields.ID);
  }

  /** Whether the organization has any webhook: the in-memory outbox discards the events of those that have none. */
  boolean anyFor(OrganizationId organization) {
    return subscriptions.values().stream().anyMatch(webhook -> webhook.organizationId().equals(organization));
  }

  void eraseAll(OrganizationId organization) {
    subscriptions.values().stream()
        .filter(webhook -> webhook.organizationId().equals(organization))
        .toList()
        .forEach(webhook -> delete(organization, webhook.id()));
  }
}
