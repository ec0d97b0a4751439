package dev.switchboard.application.port.out;

import dev.switchboard.domain.message.Message;

/**
 * Stores a newly accepted outbound message together with what must commit with it: its delivery job, due at once,
 * and its creation event. A call returns once all of it is committed, or throws having stored none of it.
 *
 * <p>A database adapter may commit the messages of concurrent callers in one transaction with batched statements
 * (group commit): acceptance is the hot path, and there a commit and a statement round trip cost more than the
 * rows themselves. Each message is still stored atomically with its job and event; called inside a transaction of
 * the caller's, the writer joins it.
 */
@FunctionalInterface
public interface AcceptedMessageWriter {

  /** @throws ThreadDeletedException when the message's thread was deleted before the message could be stored */
  void write(Message message, ChangeEvent created);

  /** The plain writer: the three writes in one transaction of their own, through the given ports. */
  static AcceptedMessageWriter oneByOne(
      TransactionBoundary transactions, MessageRepository messages, DeliveryQueue deliveryQueue, EventSink events) {
    return (message, created) -> transactions.inTransaction(() -> {
      messages.insert(message);
      deliveryQueue.enqueue(message.organizationId(), message.id(), message.createdAt());
      events.record(created);
      return null;
    });
  }
}
