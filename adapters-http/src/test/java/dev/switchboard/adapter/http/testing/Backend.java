package dev.switchboard.adapter.http.testing;

import dev.switchboard.adapter.http.PublicBaseUrl;
import dev.switchboard.adapter.http.ReadinessCheck;
import dev.switchboard.adapter.http.UseCases;
import dev.switchboard.application.port.in.ProvisionUseCase;
import dev.switchboard.application.port.in.RecordInboundMessageUseCase;
import java.util.Objects;

/**
 * What the HTTP contract tests run against: the use cases the API calls, the readiness check, and two use cases
 * the tests drive directly (provisioning the test keys, and inbound messages that open a WhatsApp window), and the
 * workers' steps ({@link BackgroundWork}), which tests run themselves.
 * {@code resources} is closed after each test (a database, say). {@code publicBaseUrl} is the one the backend's
 * webhook sender reads; the test's {@link dev.switchboard.adapter.http.HttpApi} is created with it.
 */
public record Backend(
    UseCases useCases,
    ReadinessCheck readiness,
    ProvisionUseCase provision,
    RecordInboundMessageUseCase inbound,
    AutoCloseable resources,
    BackgroundWork work,
    PublicBaseUrl publicBaseUrl) {

  public Backend {
    Objects.requireNonNull(useCases, "useCases");
    Objects.requireNonNull(readiness, "readiness");
    Objects.requireNonNull(provision, "provision");
    Objects.requireNonNull(inbound, "inbound");
    Objects.requireNonNull(resources, "resources");
    Objects.requireNonNull(work, "work");
    Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
  }
}
