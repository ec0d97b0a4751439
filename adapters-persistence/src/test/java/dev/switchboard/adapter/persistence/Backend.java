package dev.switchboard.adapter.persistence;

import dev.switchboard.application.inmemory.InMemoryAdapters;
import dev.switchboard.application.port.out.ChannelConnectionRepository;
import dev.switchboard.application.port.out.ChangeEventOutbox;
import dev.switchboard.application.port.out.DeliveryQueue;
import dev.switchboard.application.port.out.EventSink;
import dev.switchboard.application.port.out.MessageRepository;
import dev.switchboard.application.port.out.MessageTemplateRepository;
import dev.switchboard.application.port.out.MessageThreadRepository;
import dev.switchboard.application.port.out.OrganizationDataEraser;
import dev.switchboard.application.port.out.TransactionBoundary;
import dev.switchboard.application.port.out.WebhookDeliveryRepository;
import dev.switchboard.application.port.out.WebhookSubscriptionRepository;
import dev.switchboard.domain.organization.OrganizationId;

/** One set of driven adapters under test, and what the contracts need to look behind the ports. */
interface Backend extends AutoCloseable {

  MessageThreadRepository threads();

  MessageRepository messages();

  MessageTemplateRepository templates();

  DeliveryQueue deliveryQueue();

  EventSink events();

  TransactionBoundary transactions();

  ChannelConnectionRepository channels();

  ChangeEventOutbox outbox();

  WebhookSubscriptionRepository webhooks();

  WebhookDeliveryRepository webhookDeliveries();

  OrganizationDataEraser organizationData();

  /** How many events the organization has in the outbox. */
  long eventCount(OrganizationId organization);

  /** Whether claimers on several connections can run at once (not so in memory, where one lock serialises them). */
  default boolean concurrent() {
    return true;
  }

  @Override
  default void close() {}

  static Backend inMemory() {
    InMemoryAdapters adapters = InMemoryAdapters.create();
    return new Backend() {
      @Override
      public MessageThreadRepository threads() {
        return adapters.threads();
      }

      @Override
      public MessageRepository messages() {
        return adapters.messages();
      }

      @Override
      public MessageTemplateRepository templates() {
        return adapters.templates();
      }

      @Override
      public DeliveryQueue deliveryQueue() {
        return adapters.deliveryQueue();
      }

      @Override
      public EventSink events() {
        return adapters.events();
      }

      @Override
      public TransactionBoundary transactions() {
        return adapters.transactions();
      }

      @Override
      public ChannelConnectionRepository channels() {
        return adapters.channels();
      }

      @Override
      public ChangeEventOutbox outbox() {
        return adapters.events();
      }

      @Override
      public WebhookSubscriptionRepository webhooks() {
        return adapters.webhooks().subscriptions();
      }

      @Override
      public WebhookDeliveryRepository webhookDeliveries() {
        return adapters.webhooks().deliveries();
      }

      @Override
      public OrganizationDataEraser organizationData() {
        return adapters.tenancy().organizationData();
      }

      @Override
      public long eventCount(OrganizationId organization) {
        return adapters.events().all().stream().filter(event -> event.organizationId().equals(organization)).count();
      }

      @Override
      public boolean concurrent() {
        return false;
      }
    };
  }
}
