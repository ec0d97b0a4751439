package dev.switchboard.application.service;

import dev.switchboard.application.port.out.ApiKeyRepository;
import dev.switchboard.application.port.out.IdSource;
import dev.switchboard.application.port.out.IdempotencyRepository;
import dev.switchboard.application.port.out.OrganizationDataEraser;
import dev.switchboard.application.port.out.OrganizationRepository;
import dev.switchboard.application.port.out.SecretGenerator;
import dev.switchboard.application.port.out.TransactionBoundary;
import java.time.InstantSource;
import java.util.Objects;

/** The driven ports the tenancy use cases (organizations, keys, idempotency) need, handed over in one piece. */
public record TenancyPorts(
    OrganizationRepository organizations,
    ApiKeyRepository apiKeys,
    IdempotencyRepository idempotency,
    OrganizationDataEraser organizationData,
    SecretGenerator secrets,
    TransactionBoundary transactions,
    InstantSource clock,
    IdSource ids) {

  public TenancyPorts {
    Objects.requireNonNull(organizations, "organizations");
    Objects.requireNonNull(apiKeys, "apiKeys");
    Objects.requireNonNull(idempotency, "idempotency");
    Objects.requireNonNull(organizationData, "organizationData");
    Objects.requireNonNull(secrets, "secrets");
    Objects.requireNonNull(transactions, "transactions");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(ids, "ids");
  }
}
