package dev.switchboard.application.inmemory;

/**
 * The in-memory driven adapters of the tenancy use cases: organizations, key hashes, idempotency keys, and the
 * eraser that deletes an organization's messaging data from the other in-memory repositories.
 */
public record InMemoryTenancy(
    InMemoryOrganizationRepository organizations,
    InMemoryApiKeyRepository apiKeys,
    InMemoryIdempotencyRepository idempotency,
    InMemoryOrganizationDataEraser organizationData) {

  static InMemoryTenancy create(
      InMemoryTransactions transactions,
      InMemoryThreadRepository threads,
      InMemoryMessageRepository messages,
      InMemoryTemplateRepository templates,
      InMemoryDeliveryQueue deliveryQueue,
      InMemoryChannelConnectionRepository channels,
      InMemoryWebhooks webhooks) {
    return new InMemoryTenancy(
        new InMemoryOrganizationRepository(transactions),
        new InMemoryApiKeyRepository(transactions),
        new InMemoryIdempotencyRepository(transactions),
        new InMemoryOrganizationDataEraser(
            transactions, threads, messages, templates, deliveryQueue, channels, webhooks));
  }
}
