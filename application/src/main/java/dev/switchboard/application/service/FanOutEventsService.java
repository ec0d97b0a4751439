package dev.switchboard.application.service;

import dev.switchboard.application.port.in.FanOutEventsUseCase;
import dev.switchboard.application.port.out.ChangeEventOutbox.RecordedEvent;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.webhook.ResourceRef;
import dev.switchboard.domain.webhook.WebhookDelivery;
import dev.switchboard.domain.webhook.WebhookDeliveryId;
import dev.switchboard.domain.webhook.WebhookEvent;
import dev.switchboard.domain.webhook.WebhookResource;
import dev.switchboard.domain.webhook.WebhookSubscription;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Claims, matches and marks processed in one transaction: if it fails, the events stay unprocessed and no delivery
 * exists, so the next batch starts over; if it commits, every matching webhook has its delivery. An event no webhook
 * wants is discarded; the others stay, marked processed, for their deliveries to read. Events of organizations
 * without any webhook are discarded first, by the outbox itself, so that only events some webhook may want are read.
 */
final class FanOutEventsService implements FanOutEventsUseCase {

  /** Webhooks of one organization for one kind of change; looked up once per batch. */
  private record Interest(OrganizationId organization, WebhookResource resource, WebhookEvent event) {}

  private final WebhookPorts ports;
  private final WebhookPolicy policy;

  FanOutEventsService(WebhookPorts ports, WebhookPolicy policy) {
    this.ports = ports;
    this.policy = policy;
  }

  @Override
  public int fanOut() {
    return ports.transactions().inTransaction(() -> {
      int unwatched = ports.outbox().discardUnwatched(policy.batchSize());
      List<RecordedEvent> events = ports.outbox().claimUnprocessed(policy.batchSize());
      Map<Interest, List<WebhookSubscription>> subscribers = new HashMap<>();
      Instant now = ports.clock().instant();
      List<RecordedEvent> delivered = new ArrayList<>();
      List<RecordedEvent> unwanted = new ArrayList<>();
      for (RecordedEvent recorded : events) {
        boolean wanted = false;
        ResourceRef resource = recorded.resource();
        WebhookEvent happened = ChangedResources.eventOf(recorded.kind());
        Interest interest = new Interest(recorded.organizationId(), resource.type(), happened);
        List<WebhookSubscription> candidates = subscribers.computeIfAbsent(interest, key ->
            ports.subscriptions().findFor(key.organization(), key.resource(), key.event()));
        for (WebhookSubscription webhook : candidates) {
          if (webhook.matches(resource.type(), happened, recorded.changedFields())) {
            wanted = true;
            ports.deliveries().insert(WebhookDelivery.pending(
                new WebhookDeliveryId(ports.ids().nextId()),
                recorded.organizationId(),
                webhook.id(),
                happened,
                resource,
                recorded.sequence(),
                now));
          }
        }
        (wanted ? delivered : unwanted).add(recorded);
      }
      ports.outbox().markProcessed(delivered);
      ports.outbox().discard(unwanted);
      return unwatched + events.size();
    });
  }
}
