package dev.switchboard.adapter.persistence;

import dev.switchboard.application.inmemory.InMemoryAdapters;
import dev.switchboard.application.port.out.AcceptedMessageWriter;
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
import java.util.List;
import java.util.OptionalLong;

/** One set of driven adapters under test, and what the contracts need to look behind the ports. */
interface Backend extends AutoCloseable {

  MessageThreadRepository threads();

  MessageRepository messages();

  MessageTemplateRepository templates();

  DeliveryQueue deliveryQueue();

  AcceptedMessageWriter acceptedMessages();

  EventSink events();

  TransactionBoundary transactions();

  ChannelConnectionRepository channels();

  ChangeEventOutbox outbox();

  WebhookSubscriptionRepository webhooks();

  WebhookDeliveryRepository webhookDeliveries();

  OrganizationDataEraser organizationData();

  /** How many events the organization has in the outbox. */
  long eventCount(OrganizationId organization);

  /**
   * The organization's events as the backend keeps them, oldest first: the stored JSON payloads, or (in memory) the
   * events' text. For checks that no secret is stored.
   */
  List<String> storedEvents(OrganizationId organization);

  /**
   * How many rows of {@code table} the database read while {@code work} ran in one transaction, where the database
   * counts them (PostgreSQL does); empty elsewhere.
   */
  default OptionalLong rowsRead(String table, Runnable work) {
    return OptionalLong.empty();
  }

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
      public AcceptedMessageWriter acceptedMessages() {
        return adapters.acceptedMessages();
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
      public List<String> storedEvents(OrganizationId organization) {
        return adapters.events().all().stream()
            .filter(event -> event.organizationId().equals(organization))
            .map(String::valueOf)
            .toList();
      }

      @Override
      public boolean concurrent() {
        return false;
      }
    };
  }
}
