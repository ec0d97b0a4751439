package dev.switchboard.adapter.http.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Request metrics: timer {@code http.server.requests} (Prometheus: {@code http_server_requests_seconds_count},
 * {@code _sum}, {@code _max}) tagged with method, route template (never the raw path, so ids do not explode the
 * label space), status and outcome. Unmatched paths share the route {@code unmatched}. Thread-safe: Micrometer
 * meters are.
 */
public final class HttpMetrics {

  public static final String REQUESTS = "http.server.requests";
  public static final String UNMATCHED = "unmatched";

  /** One timer per label set. */
  private record Labels(String method, String route, int status) {}

  private final MeterRegistry registry;
  /**
   * Timers already registered: building the tags and looking the meter up in the registry cost more than recording.
   * Bounded by routes x methods x statuses, since routes are templates.
   */
  private final Map<Labels, Timer> timers = new ConcurrentHashMap<>();

  public HttpMetrics(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  public void record(String method, String route, int status, Duration duration) {
    timers.computeIfAbsent(new Labels(method, route, status), this::register).record(duration);
  }

  private Timer register(Labels labels) {
    return Timer.builder(REQUESTS)
        .description("HTTP requests by route template")
        .tag("method", labels.method())
        .tag("route", labels.route())
        .tag("status", String.valueOf(labels.status()))
        .tag("outcome", outcome(labels.status()))
        .register(registry);
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
