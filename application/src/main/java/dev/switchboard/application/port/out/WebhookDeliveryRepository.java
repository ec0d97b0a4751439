package dev.switchboard.application.port.out;

import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.Page;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.webhook.WebhookDelivery;
import dev.switchboard.domain.webhook.WebhookDeliveryId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Webhook deliveries: the send queue and the webhook log in one. Workers claim due deliveries under a lease (a
 * delivery whose worker died becomes claimable again when the lease runs out); an update after an attempt releases
 * it. Deliveries of one resource to one webhook go out in event order: a delivery is not claimable while an earlier
 * one for the same webhook and resource is still pending, whether waiting for a retry or in flight.
 */
public interface WebhookDeliveryRepository {

  /** A claimed delivery with the event it carries. */
  record DueDelivery(WebhookDelivery delivery, ChangeEvent event) {
    public DueDelivery {
      Objects.requireNonNull(delivery, "delivery");
      Objects.requireNonNull(event, "event");
    }
  }

  void insert(WebhookDelivery delivery);

  /** Up to {@code max} due deliveries, each leased until {@code now + lease}; never one another worker holds. */
  List<DueDelivery> claimDue(int max, Instant now, Duration lease);

  /** Stores the delivery's new state (after an attempt, or a redelivery request) and releases its lease. */
  void update(WebhookDelivery delivery);

  Optional<WebhookDelivery> findById(OrganizationId organization, WebhookDeliveryId id);

  /** Like {@link #findById} but holds the row until the transaction ends. */
  Optional<WebhookDelivery> findByIdForUpdate(OrganizationId organization, WebhookDeliveryId id);

  Page<WebhookDelivery> list(OrganizationId organization, ListQuery<WebhookDelivery> query);
}
