package dev.switchboard.application.inmemory;

import dev.switchboard.application.port.out.DuplicateKeyException;
import dev.switchboard.application.port.out.WebhookDeliveryRepository;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.Page;
import dev.switchboard.application.query.WebhookLogFields;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.webhook.DeliveryState;
import dev.switchboard.domain.webhook.WebhookDelivery;
import dev.switchboard.domain.webhook.WebhookDeliveryId;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Webhook deliveries in a map, claimed under the same lock as every other write; the events they carry come from
 * the in-memory outbox.
 */
public final class InMemoryWebhookDeliveryRepository implements WebhookDeliveryRepository {

  private record Entry(WebhookDelivery delivery, Instant leasedUntil) {}

  private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();
  private final InMemoryTransactions transactions;
  private final InMemoryEventLog events;

  public InMemoryWebhookDeliveryRepository(InMemoryTransactions transactions, InMemoryEventLog events) {
    this.transactions = transactions;
    this.events = events;
  }

  @Override
  public void insert(WebhookDelivery delivery) {
    UUID key = delivery.id().value();
    transactions.write(() -> {
      if (entries.containsKey(key)) {
        throw new DuplicateKeyException("webhook delivery " + key + " exists");
      }
      entries.put(key, new Entry(delivery, Instant.MIN));
    }, () -> entries.remove(key));
  }

  @Override
  public List<DueDelivery> claimDue(int max, Instant now, Duration lease) {
    return transactions.inTransaction(() -> {
      Map<List<Object>, Long> firstPending = firstPendingByWebhookAndResource();
      List<Entry> due = entries.values().stream()
          .filter(entry -> isDue(entry, now)
              && firstPending.get(orderKey(entry.delivery())) == entry.delivery().eventSequence())
          .sorted(Comparator.comparing((Entry entry) -> entry.delivery().nextAttemptAt().orElseThrow())
              .thenComparingLong(entry -> entry.delivery().eventSequence()))
          .limit(max)
          .toList();
      due.forEach(entry -> replace(entry, new Entry(entry.delivery(), now.plus(lease))));
      return due.stream()
          .map(entry -> new DueDelivery(entry.delivery(), events.at(entry.delivery().eventSequence())))
          .toList();
    });
  }

  private static boolean isDue(Entry entry, Instant now) {
    return entry.delivery().nextAttemptAt().filter(at -> !at.isAfter(now)).isPresent()
        && entry.leasedUntil().isBefore(now);
  }

  /**
   * Deliveries of one resource to one webhook go out in event order: of those still pending, only the one with the
   * lowest event sequence may be claimed.
   */
  private Map<List<Object>, Long> firstPendingByWebhookAndResource() {
    Map<List<Object>, Long> first = new HashMap<>();
    for (Entry entry : entries.values()) {
      WebhookDelivery delivery = entry.delivery();
      if (delivery.status() == DeliveryState.PENDING) {
        first.merge(orderKey(delivery), delivery.eventSequence(), Math::min);
      }
    }
    return first;
  }

  private static List<Object> orderKey(WebhookDelivery delivery) {
    return List.of(delivery.webhookId(), delivery.resource());
  }

  @Override
  public void update(WebhookDelivery delivery) {
    Entry previous = entries.get(delivery.id().value());
    if (previous != null && previous.delivery().organizationId().equals(delivery.organizationId())) {
      replace(previous, new Entry(delivery, Instant.MIN));
    }
  }

  @Override
  public Optional<WebhookDelivery> findById(OrganizationId organization, WebhookDeliveryId id) {
    return Optional.ofNullable(entries.get(id.value()))
        .map(Entry::delivery)
        .filter(delivery -> delivery.organizationId().equals(organization));
  }

  @Override
  public Optional<WebhookDelivery> findByIdForUpdate(OrganizationId organization, WebhookDeliveryId id) {
    return transactions.inTransaction(() -> findById(organization, id));
  }

  @Override
  public Page<WebhookDelivery> list(OrganizationId organization, ListQuery<WebhookDelivery> query) {
    return InMemoryListing.page(
        entries.values().stream()
            .map(Entry::delivery)
            .filter(delivery -> delivery.organizationId().equals(organization))
            .toList(),
        query,
        WebhookLogFields.ID);
  }

  void eraseAll(OrganizationId organization) {
    entries.values().stream()
        .filter(entry -> entry.delivery().organizationId().equals(organization))
        .toList()
        .forEach(entry -> transactions.write(
            () -> entries.remove(entry.delivery().id().value()),
            () -> entries.put(entry.delivery().id().value(), entry)));
  }

  private void replace(Entry previous, Entry next) {
    UUID key = previous.delivery().id().value();
    transactions.write(() -> entries.put(key, next), () -> entries.put(key, previous));
  }
}
