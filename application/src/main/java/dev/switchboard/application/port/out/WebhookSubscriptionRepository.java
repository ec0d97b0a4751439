package dev.switchboard.application.port.out;

import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.Page;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.webhook.WebhookEvent;
import dev.switchboard.domain.webhook.WebhookId;
import dev.switchboard.domain.webhook.WebhookResource;
import dev.switchboard.domain.webhook.WebhookSubscription;
import java.util.List;
import java.util.Optional;

/** Stores webhook subscriptions. Every call is scoped to one organization. */
public interface WebhookSubscriptionRepository {

  Optional<WebhookSubscription> findById(OrganizationId organization, WebhookId id);

  /** The organization's webhooks on {@code resource} and {@code event}, whatever their fields; oldest first. */
  List<WebhookSubscription> findFor(OrganizationId organization, WebhookResource resource, WebhookEvent event);

  void insert(WebhookSubscription subscription);

  /** Replaces the stored state of an existing webhook; an unknown id changes nothing. */
  void update(WebhookSubscription subscription);

  void delete(OrganizationId organization, WebhookId id);

  Page<WebhookSubscription> list(OrganizationId organization, ListQuery<WebhookSubscription> query);
}
