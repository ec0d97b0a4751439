package dev.switchboard.bootstrap;

import dev.switchboard.adapter.persistence.JdbiPersistence;
import dev.switchboard.application.inmemory.InMemoryAdapters;
import dev.switchboard.application.port.out.AcceptedMessageWriter;
import dev.switchboard.application.port.out.ChannelConnectionRepository;
import dev.switchboard.application.port.out.DeliveryQueue;
import dev.switchboard.application.port.out.EventSink;
import dev.switchboard.application.port.out.MessageRepository;
import dev.switchboard.application.port.out.MessageTemplateRepository;
import dev.switchboard.application.port.out.MessageThreadRepository;
import dev.switchboard.application.port.out.TransactionBoundary;

/** The storage side of the messaging ports, from whichever adapter the configuration chose. */
record Storage(
    MessageThreadRepository threads,
    MessageRepository messages,
    MessageTemplateRepository templates,
    DeliveryQueue deliveryQueue,
    EventSink events,
    TransactionBoundary transactions,
    ChannelConnectionRepository channels,
    AcceptedMessageWriter acceptedMessages) {

  static Storage inMemory(InMemoryAdapters adapters) {
    return new Storage(
        adapters.threads(),
        adapters.messages(),
        adapters.templates(),
        adapters.deliveryQueue(),
        adapters.events(),
        adapters.transactions(),
        adapters.channels(),
        adapters.acceptedMessages());
  }

  static Storage jdbc(JdbiPersistence persistence) {
    return new Storage(
        persistence.threads(),
        persistence.messages(),
        persistence.templates(),
        persistence.deliveryQueue(),
        persistence.events(),
        persistence.transactions(),
        persistence.channels(),
        persistence.acceptedMessages());
  }
}
