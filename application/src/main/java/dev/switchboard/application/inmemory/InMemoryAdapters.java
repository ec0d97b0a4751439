package dev.switchboard.application.inmemory;

import dev.switchboard.application.port.out.AcceptedMessageWriter;

/**
 * A complete set of in-memory driven adapters sharing one transaction boundary: the default storage of an embedded
 * Switchboard and the reference the database adapters are tested against. Nothing survives the process.
 */
public record InMemoryAdapters(
    InMemoryTransactions transactions,
    InMemoryThreadRepository threads,
    InMemoryMessageRepository messages,
    InMemoryTemplateRepository templates,
    InMemoryDeliveryQueue deliveryQueue,
    InMemoryEventLog events,
    InMemoryTenancy tenancy,
    InMemoryChannelConnectionRepository channels,
    InMemoryWebhooks webhooks) {

  public static InMemoryAdapters create() {
    InMemoryTransactions transactions = new InMemoryTransactions();
    InMemoryMessageRepository messages = new InMemoryMessageRepository(transactions);
    InMemoryThreadRepository threads = new InMemoryThreadRepository(transactions, messages);
    InMemoryTemplateRepository templates = new InMemoryTemplateRepository(transactions);
    InMemoryDeliveryQueue deliveryQueue = new InMemoryDeliveryQueue(transactions, messages);
    InMemoryChannelConnectionRepository channels = new InMemoryChannelConnectionRepository(transactions);
    InMemoryWebhookSubscriptionRepository subscriptions = new InMemoryWebhookSubscriptionRepository(transactions);
    InMemoryEventLog events = new InMemoryEventLog(transactions, subscriptions::anyFor);
    InMemoryWebhooks webhooks = InMemoryWebhooks.create(transactions, subscriptions, events);
    return new InMemoryAdapters(
        transactions,
        threads,
        messages,
        templates,
        deliveryQueue,
        events,
        InMemoryTenancy.create(transactions, threads, messages, templates, deliveryQueue, channels, webhooks),
        channels,
        webhooks);
  }

  /** In memory a commit costs nothing worth sharing: messages are accepted one by one. */
  public AcceptedMessageWriter acceptedMessages() {
    return AcceptedMessageWriter.oneByOne(transactions, messages, deliveryQueue, events);
  }
}
