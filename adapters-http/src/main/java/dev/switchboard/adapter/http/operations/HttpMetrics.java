package dev.switchboard.adapter.http.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Objects;

/**
 * Request metrics: timer {@code http.server.requests} (Prometheus: {@code http_server_requests_seconds_count},
 * {@code _sum}, {@code _max}) tagged with method, route template (never the raw path, so ids do not explode the
 * label space), status and outcome. Unmatched paths share the route {@code unmatched}. Thread-safe: Micrometer
 * meters are.
 */
public final class HttpMetrics {

  public static final String REQUESTS = "http.server.requests";
  public static final String UNMATCHED = "unmatched";

  private final MeterRegistry registry;

  public HttpMetrics(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  public void record(String method, String route, int status, Duration duration) {
    Timer.builder(REQUESTS)
        .description("HTTP requests by route template")
        .tag("method", method)
        .tag("route", route)
        .tag("status", String.valueOf(status))
        .tag("outcome", outcome(status))
        .register(registry)
        .record(duration);
  }

  private static String outcome(int status) {
    if (status >= 500) {
      return "SERVER_ERROR";
    }
    if (status >= 400) {
      return "CLIENT_ERROR";
    }
    return status >= 300 ? "REDIRECTION" : "SUCCESS";
  }
}
