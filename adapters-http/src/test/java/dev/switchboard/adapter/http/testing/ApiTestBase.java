package dev.switchboard.adapter.http.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.http.HttpApi;
import dev.switchboard.adapter.http.HttpConfig;
import dev.switchboard.adapter.http.jsonapi.JsonApi;
import dev.switchboard.application.port.in.AuthenticateUseCase;
import dev.switchboard.application.port.in.ProvisionUseCase;
import dev.switchboard.application.port.in.RecordInboundMessageUseCase;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.message.EmailHeaders;
import dev.switchboard.domain.message.TextPayload;
import dev.switchboard.domain.organization.OrganizationId;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of every HTTP contract test: a real server on a random port over the {@link Backend} that
 * {@link #createBackend()} builds. The contracts live in this module's test-jar; bootstrap subclasses them with H2
 * and PostgreSQL backends to run the same tests against its databases.
 *
 * <p>Before each test the backend is provisioned with {@link #ORG_KEY} (the "Default" organization) and
 * {@link #MANAGEMENT_KEY}.
 */
public abstract class ApiTestBase {

  public static final String ORG_KEY = "sb_test_org_key_0123456789abcdef";
  public static final String MANAGEMENT_KEY = "sb_test_management_key_0123456789";
  public static final String B = JsonApi.BASE_PATH;

  protected Backend backend;
  protected HttpApi api;
  protected PrometheusMeterRegistry registry;
  protected Http http;

  /** The storage under test: fresh for every test. */
  protected abstract Backend createBackend();

  /** The configuration the server starts with; tests may override it. */
  protected HttpConfig httpConfig() {
    return new HttpConfig(0, HttpConfig.DEFAULT_MAX_REQUEST_BYTES, Duration.ofSeconds(5));
  }

  @BeforeEach
  void startServer() {
    backend = createBackend();
    backend.provision().provision(new ProvisionUseCase.Command(Optional.of(ORG_KEY), Optional.of(MANAGEMENT_KEY)));
    registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    api = HttpApi.create(httpConfig(), backend.useCases(), backend.readiness(), registry, backend.publicBaseUrl());
    http = new Http(api.start());
  }

  @AfterEach
  void stopServer() throws Exception {
    if (http != null) {
      http.close();
    }
    if (api != null) {
      api.stop();
    }
    if (backend != null) {
      backend.resources().close();
    }
  }

  // --- requests with the default organization's key ---

  protected Http.Response get(String path) {
    return http.request("GET", path).key(ORG_KEY).send();
  }

  protected Http.Response post(String path, String json) {
    return http.request("POST", path).key(ORG_KEY).json(json).send();
  }

  protected Http.Response patch(String path, String json) {
    return http.request("PATCH", path).key(ORG_KEY).json(json).send();
  }

  protected Http.Response delete(String path) {
    return http.request("DELETE", path).key(ORG_KEY).send();
  }

  protected Http.Request request(String method, String path) {
    return http.request(method, path).key(ORG_KEY);
  }

  // --- fixtures through the API ---

  protected OrganizationId organizationId() {
    return organizationOf(ORG_KEY);
  }

  protected OrganizationId organizationOf(String key) {
    return switch (backend.useCases().authenticate().authenticate(key).orElseThrow()) {
      case AuthenticateUseCase.Principal.OrganizationKey organization -> organization.organizationId();
      case AuthenticateUseCase.Principal.ManagementKey management -> throw new AssertionError("management key");
    };
  }

  /** Creates a thread with the default key and returns its id. */
  protected String createThread(String channel, String identifier) {
    return createThread(ORG_KEY, channel, identifier);
  }

  protected String createThread(String key, String channel, String identifier) {
    Http.Response response = http.request("POST", B + "/message-threads").key(key).json("""
        {"data": {"type": "messageThreads", "attributes": {"channel": "%s", "identifier": "%s"}}}
        """.formatted(channel, identifier)).send();
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.id();
  }

  /** The candidate writes on WhatsApp now, which opens the 24-hour window; returns the thread id. */
  protected String candidateWrites(String key, String phone) {
    var result = backend.inbound().record(new RecordInboundMessageUseCase.Command(
        organizationOf(key),
        Channel.WHATSAPP,
        phone,
        "Candidate",
        new TextPayload("Hello!"),
        EmailHeaders.NONE,
        Optional.empty(),
        Instant.now()));
    assertThat(result).isInstanceOf(RecordInboundMessageUseCase.Result.Recorded.class);
    return ((RecordInboundMessageUseCase.Result.Recorded) result).thread().id().toString();
  }

  protected String candidateWrites(String phone) {
    return candidateWrites(ORG_KEY, phone);
  }

  protected String sendText(String threadId, String text) {
    Http.Response response = post(B + "/messages", """
        {"data": {"type": "messages",
                  "attributes": {"sendBy": "John", "payload": {"type": "text", "text": {"value": "%s"}}},
                  "relationships": {"messageThread": {"data": {"type": "messageThreads", "id": "%s"}}}}}
        """.formatted(text, threadId));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.id();
  }

  /** Creates a second organization through the management API; returns its key. */
  protected String secondOrganizationKey() {
    Http.Response created = http.request("POST", B + "/management/organizations").key(MANAGEMENT_KEY).json("""
        {"data": {"type": "organizations", "attributes": {"name": "Other Org"}}}
        """).send();
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.attributes().get("token").asText();
  }

  protected String createTemplate(String name, String body) {
    Http.Response response = post(B + "/message-templates", """
        {"data": {"type": "messageTemplates", "attributes": {
          "name": "%s", "language": "en", "category": "UTILITY",
          "components": [{"type": "BODY", "text": "%s"}]}}}
        """.formatted(name, body));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.id();
  }
}
