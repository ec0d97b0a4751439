package dev.switchboard.adapter.persistence;

import dev.switchboard.application.inmemory.InMemoryAdapters;
import dev.switchboard.application.port.out.ApiKeyRepository;
import dev.switchboard.application.port.out.DeliveryQueue;
import dev.switchboard.application.port.out.IdempotencyRepository;
import dev.switchboard.application.port.out.MessageRepository;
import dev.switchboard.application.port.out.MessageTemplateRepository;
import dev.switchboard.application.port.out.MessageThreadRepository;
import dev.switchboard.application.port.out.OrganizationDataEraser;
import dev.switchboard.application.port.out.OrganizationRepository;
import dev.switchboard.application.port.out.TransactionBoundary;

/** The tenancy adapters under test, with the messaging repositories of the same store (for erasure checks). */
record TenancyBackend(
    OrganizationRepository organizations,
    ApiKeyRepository apiKeys,
    IdempotencyRepository idempotency,
    OrganizationDataEraser organizationData,
    MessageThreadRepository threads,
    MessageRepository messages,
    MessageTemplateRepository templates,
    DeliveryQueue deliveryQueue,
    TransactionBoundary transactions,
    Runnable onClose)
    implements AutoCloseable {

  static TenancyBackend inMemory() {
    InMemoryAdapters adapters = InMemoryAdapters.create();
    return new TenancyBackend(
        adapters.tenancy().organizations(),
        adapters.tenancy().apiKeys(),
        adapters.tenancy().idempotency(),
        adapters.tenancy().organizationData(),
        adapters.threads(),
        adapters.messages(),
        adapters.templates(),
        adapters.deliveryQueue(),
        adapters.transactions(),
        () -> {});
  }

  static TenancyBackend on(JdbiBackend backend) {
    JdbiPersistence persistence = backend.persistence();
    return new TenancyBackend(
        persistence.organizations(),
        persistence.apiKeys(),
        persistence.idempotency(),
        persistence.organizationData(),
        persistence.threads(),
        persistence.messages(),
        persistence.templates(),
        persistence.deliveryQueue(),
        persistence.transactions(),
        backend::close);
  }

  @Override
  public void close() {
    onClose.run();
  }
}
