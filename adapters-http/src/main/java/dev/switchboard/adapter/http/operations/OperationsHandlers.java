package dev.switchboard.adapter.http.operations;

import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes for operators, without a key: liveness ({@code /health}), readiness ({@code /ready}, 503 when the
 * readiness check answers false or throws), Prometheus metrics ({@code /metrics}) and the OpenAPI document.
 * Thread-safe if the readiness check is.
 */
public final class OperationsHandlers {

  private static final Logger LOG = LoggerFactory.getLogger(OperationsHandlers.class);
  public static final String OPENAPI_RESOURCE = "/dev/switchboard/adapter/http/openapi.json";
  private static final String PROMETHEUS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final BooleanSupplier readiness;
  private final PrometheusMeterRegistry registry;
  private final String openApi;

  public OperationsHandlers(BooleanSupplier readiness, PrometheusMeterRegistry registry) {
    this.readiness = Objects.requireNonNull(readiness, "readiness");
    this.registry = Objects.requireNonNull(registry, "registry");
    this.openApi = loadOpenApi();
  }

  public void health(Context ctx) {
    ctx.status(200).contentType("application/json").result("{\"status\":\"up\"}");
  }

  public void ready(Context ctx) {
    boolean ready;
    try {
      ready = readiness.getAsBoolean();
    } catch (RuntimeException e) {
      LOG.warn("Readiness check failed", e);
      ready = false;
    }
    ctx.status(ready ? 200 : 503)
        .contentType("application/json")
        .result(ready ? "{\"status\":\"ready\"}" : "{\"status\":\"unavailable\"}");
  }

  public void metrics(Context ctx) {
    ctx.status(200).contentType(PROMETHEUS_CONTENT_TYPE).result(registry.scrape());
  }

  public void openApi(Context ctx) {
    ctx.status(200).contentType("application/json").result(openApi);
  }

  /** The OpenAPI 3.1 document that describes every route; hand-written, kept in step by a test. */
  public static String loadOpenApi() {
    try (InputStream in = OperationsHandlers.class.getResourceAsStream(OPENAPI_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + OPENAPI_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
