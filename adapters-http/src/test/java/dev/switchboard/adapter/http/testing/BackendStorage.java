package dev.switchboard.adapter.http.testing;

import dev.switchboard.application.port.out.AcceptedMessageWriter;
import dev.switchboard.application.port.out.ApiKeyRepository;
import dev.switchboard.application.port.out.ChangeEventOutbox;
import dev.switchboard.application.port.out.ChannelConnectionRepository;
import dev.switchboard.application.port.out.DeliveryQueue;
import dev.switchboard.application.port.out.EventSink;
import dev.switchboard.application.port.out.IdempotencyRepository;
import dev.switchboard.application.port.out.MessageRepository;
import dev.switchboard.application.port.out.MessageTemplateRepository;
import dev.switchboard.application.port.out.MessageThreadRepository;
import dev.switchboard.application.port.out.OrganizationDataEraser;
import dev.switchboard.application.port.out.OrganizationRepository;
import dev.switchboard.application.port.out.TransactionBoundary;
import dev.switchboard.application.port.out.WebhookDeliveryRepository;
import dev.switchboard.application.port.out.WebhookSubscriptionRepository;

/** Every storage port the cores need, from whichever adapter a suite runs on (in-memory, H2, PostgreSQL). */
public record BackendStorage(
    MessageThreadRepository threads,
    MessageRepository messages,
    MessageTemplateRepository templates,
    DeliveryQueue deliveryQueue,
    EventSink events,
    ChangeEventOutbox outbox,
    ChannelConnectionRepository channels,
    OrganizationRepository organizations,
    ApiKeyRepository apiKeys,
    IdempotencyRepository idempotency,
    OrganizationDataEraser organizationData,
    WebhookSubscriptionRepository webhooks,
    WebhookDeliveryRepository webhookDeliveries,
    TransactionBoundary transactions,
    AcceptedMessageWriter acceptedMessages) {}
