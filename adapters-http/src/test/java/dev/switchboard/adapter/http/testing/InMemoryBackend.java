package dev.switchboard.adapter.http.testing;

import dev.switchboard.adapter.http.ReadinessCheck;
import dev.switchboard.application.inmemory.InMemoryAdapters;

/** The contract suites' backend over the in-memory adapters. Bootstrap builds the same from H2 or PostgreSQL. */
public final class InMemoryBackend {

  private InMemoryBackend() {}

  public static Backend create() {
    InMemoryAdapters adapters = InMemoryAdapters.create();
    BackendStorage storage = new BackendStorage(
        adapters.threads(),
        adapters.messages(),
        adapters.templates(),
        adapters.deliveryQueue(),
        adapters.events(),
        adapters.events(),
        adapters.channels(),
        adapters.tenancy().organizations(),
        adapters.tenancy().apiKeys(),
        adapters.tenancy().idempotency(),
        adapters.tenancy().organizationData(),
        adapters.webhooks().subscriptions(),
        adapters.webhooks().deliveries(),
        adapters.transactions(),
        adapters.acceptedMessages());
    return CoreBackend.over(storage, CoreBackend::useCases, ReadinessCheck.alwaysReady(), () -> {});
  }
}
