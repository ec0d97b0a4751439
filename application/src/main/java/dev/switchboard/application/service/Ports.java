package dev.switchboard.application.service;

import dev.switchboard.application.port.out.AcceptedMessageWriter;
import dev.switchboard.application.port.out.DeliveryQueue;
import dev.switchboard.application.port.out.EventSink;
import dev.switchboard.application.port.out.IdSource;
import dev.switchboard.application.port.out.MessageRepository;
import dev.switchboard.application.port.out.MessageTemplateRepository;
import dev.switchboard.application.port.out.MessageThreadRepository;
import dev.switchboard.application.port.out.TransactionBoundary;
import java.time.InstantSource;
import java.util.Objects;

/**
 * The driven ports the messaging use cases need, handed over in one piece by the composition root. Without an
 * {@link AcceptedMessageWriter} of its own, a store accepts messages {@linkplain AcceptedMessageWriter#oneByOne one by
 * one} through its repositories.
 */
public record Ports(
    MessageThreadRepository threads,
    MessageRepository messages,
    MessageTemplateRepository templates,
    DeliveryQueue deliveryQueue,
    EventSink events,
    TransactionBoundary transactions,
    InstantSource clock,
    IdSource ids,
    AcceptedMessageWriter acceptedMessages) {

  public Ports(
      MessageThreadRepository threads,
      MessageRepository messages,
      MessageTemplateRepository templates,
      DeliveryQueue deliveryQueue,
      EventSink events,
      TransactionBoundary transactions,
      InstantSource clock,
      IdSource ids) {
    this(threads, messages, templates, deliveryQueue, events, transactions, clock, ids,
        AcceptedMessageWriter.oneByOne(transactions, messages, deliveryQueue, events));
  }

  public Ports {
    Objects.requireNonNull(threads, "threads");
    Objects.requireNonNull(messages, "messages");
    Objects.requireNonNull(templates, "templates");
    Objects.requireNonNull(deliveryQueue, "deliveryQueue");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(transactions, "transactions");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(acceptedMessages, "acceptedMessages");
  }
}
