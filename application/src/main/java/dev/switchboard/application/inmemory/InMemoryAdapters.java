package dev.switchboard.application.inmemory;

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
    InMemoryEventLog events) {

  public static InMemoryAdapters create() {
    InMemoryTransactions transactions = new InMemoryTransactions();
    InMemoryMessageRepository messages = new InMemoryMessageRepository(transactions);
    return new InMemoryAdapters(
        transactions,
        new InMemoryThreadRepository(transactions, messages),
        messages,
        new InMemoryTemplateRepository(transactions),
        new InMemoryDeliveryQueue(transactions),
        new InMemoryEventLog(transactions));
  }
}
