package dev.switchboard.application.service;

import dev.switchboard.application.port.out.ChangeEventOutbox;
import dev.switchboard.application.port.out.IdSource;
import dev.switchboard.application.port.out.OrganizationRepository;
import dev.switchboard.application.port.out.TransactionBoundary;
import dev.switchboard.application.port.out.WebhookDeliveryRepository;
import dev.switchboard.application.port.out.WebhookSender;
import dev.switchboard.application.port.out.WebhookSubscriptionRepository;
import java.time.InstantSource;
import java.util.Objects;

/**
 * The driven ports the webhook use cases need, handed over in one piece by the composition root. The organizations
 * give each delivery its destination and signing secret at send time, so a changed URL or secret applies at once.
 */
public record WebhookPorts(
    WebhookSubscriptionRepository subscriptions,
    WebhookDeliveryRepository deliveries,
    ChangeEventOutbox outbox,
    OrganizationRepository organizations,
    WebhookSender sender,
    TransactionBoundary transactions,
    InstantSource clock,
    IdSource ids) {

  public WebhookPorts {
    Objects.requireNonNull(subscriptions, "subscriptions");
    Objects.requireNonNull(deliveries, "deliveries");
    Objects.requireNonNull(outbox, "outbox");
    Objects.requireNonNull(organizations, "organizations");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(transactions, "transactions");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(ids, "ids");
  }
}
