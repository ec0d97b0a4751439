package dev.switchboard.adapter.http.contract;

import static dev.switchboard.adapter.http.testing.ApiResponseAssert.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.http.HttpApi;
import dev.switchboard.adapter.http.HttpConfig;
import dev.switchboard.adapter.http.testing.ApiTestBase;
import dev.switchboard.adapter.http.testing.Http;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Health, readiness, metrics, the OpenAPI document and graceful stop. */
public abstract class OperationsContract extends ApiTestBase {

  @Test
  void givenRunningServer_healthNeedsNoKey() {
    Http.Response response = http.request("GET", "/health").send();

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("status").asText()).isEqualTo("up");
  }

  @Test
  void givenReadyBackend_readyIs200() {
    assertThat(http.request("GET", "/ready").send().status()).isEqualTo(200);
  }

  @Test
  void givenFailingReadinessCheck_readyIs503_andHealthStays200() {
    HttpApi down = HttpApi.create(
        HttpConfig.onPort(0),
        backend.useCases(),
        () -> {
          throw new IllegalStateException("database unreachable");
        },
        new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    try (Http client = new Http(down.start())) {
      assertThat(client.request("GET", "/ready").send().status()).isEqualTo(503);
      assertThat(client.request("GET", "/health").send().status()).isEqualTo(200);
    } finally {
      down.stop();
    }
  }

  @Test
  void givenRequests_metricsCountThemPerRouteTemplate_notPerRawPath() {
    String id = createThread("sms", "31612345678");
    get(B + "/message-threads/" + id);
    get(B + "/message-threads/" + id);
    get(B + "/nowhere");

    Http.Response metrics = http.request("GET", "/metrics").header("Accept", "text/plain").send();

    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.header("Content-Type")).startsWith("text/plain");
    assertThat(metrics.body())
        .contains("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\","
            + "route=\"/public/v2/message-threads/{id}\",status=\"200\"} 2")
        .contains("route=\"unmatched\"")
        .doesNotContain(id);
  }

  @Test
  void givenMetricsHook_boundMetersAreScraped() {
    api.meterRegistry().gauge("switchboard_test_gauge", 42);

    assertThat(http.request("GET", "/metrics").send().body()).contains("switchboard_test_gauge 42");
  }

  @Test
  void givenOpenApiDocument_isServedWithoutKey() {
    Http.Response response = http.request("GET", B + "/openapi.json").header("Accept", "application/json").send();

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("openapi").asText()).startsWith("3.1");
  }

  @Test
  void givenInFlightRequest_stop_letsItFinish() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    HttpApi slow = HttpApi.create(
        new HttpConfig(0, HttpConfig.DEFAULT_MAX_REQUEST_BYTES, Duration.ofSeconds(10)),
        backend.useCases(),
        () -> {
          entered.countDown();
          try {
            Thread.sleep(700);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return true;
        },
        new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    Http client = new Http(slow.start());
    CompletableFuture<Http.Response> inFlight =
        CompletableFuture.supplyAsync(() -> client.request("GET", "/ready").send());
    assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();

    slow.stop();

    assertThat(inFlight.get(5, TimeUnit.SECONDS).status()).isEqualTo(200);
    client.close();
  }

  @Test
  void givenUnexpectedFailureInAUseCase_is500JsonApiError_withoutDetails() {
    HttpApi broken = HttpApi.create(
        HttpConfig.onPort(0),
        new dev.switchboard.adapter.http.UseCases(
            new dev.switchboard.adapter.http.UseCases.Threads(
                backend.useCases().threads().create(),
                backend.useCases().threads().get(),
                (organization, query) -> {
                  throw new IllegalStateException("connection reset by database");
                },
                backend.useCases().threads().update(),
                backend.useCases().threads().delete()),
            backend.useCases().messages(),
            backend.useCases().templates(),
            backend.useCases().organizations(),
            backend.useCases().authenticate(),
            backend.useCases().idempotency(),
            backend.useCases().channels(),
            backend.useCases().providerCallbacks(),
            backend.useCases().webhooks()),
        () -> true,
        new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    try (Http client = new Http(broken.start())) {
      Http.Response response = client.request("GET", B + "/message-threads").key(ORG_KEY).send();

      assertError(response, 500, "internal_error");
      assertThat(response.body()).doesNotContain("connection reset");
    } finally {
      broken.stop();
    }
  }
}
