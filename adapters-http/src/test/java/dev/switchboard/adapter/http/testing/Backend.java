package dev.switchboard.adapter.http.testing;

import dev.switchboard.adapter.http.ReadinessCheck;
import dev.switchboard.adapter.http.UseCases;
import dev.switchboard.application.port.in.ProvisionUseCase;
import dev.switchboard.application.port.in.RecordInboundMessageUseCase;
import java.util.Objects;

/**
 * What the HTTP contract tests run against: the use cases the API calls, the readiness check, and two use cases
 * the tests drive directly (provisioning the test keys, and inbound messages that open a WhatsApp window).
 * {@code resources} is closed after each test (a database, say).
 */
public record Backend(
    UseCases useCases,
    ReadinessCheck readiness,
    ProvisionUseCase provision,
    RecordInboundMessageUseCase inbound,
    AutoCloseable resources) {

  public Backend {
    Objects.requireNonNull(useCases, "useCases");
    Objects.requireNonNull(readiness, "readiness");
    Objects.requireNonNull(provision, "provision");
    Objects.requireNonNull(inbound, "inbound");
    Objects.requireNonNull(resources, "resources");
  }
}
