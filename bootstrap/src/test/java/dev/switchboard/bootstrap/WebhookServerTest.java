package dev.switchboard.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.adapter.http.testing.Http;
import dev.switchboard.adapter.http.testing.WebhookReceiver;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Webhooks through the packaged server on its H2 file: durable across restarts, and safe by default. */
class WebhookServerTest {

  private static final String KEY = "webhook-server-test-key-0001";
  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  private static final String B = "/public/v2";

  private final WebhookReceiver receiver = new WebhookReceiver(SECRET);

  @TempDir Path dataDirectory;

  @AfterEach
  void stopReceiver() {
    receiver.close();
  }

  private Server start(Map<String, String> extra) {
    Map<String, String> settings = new HashMap<>(Map.of(
        "SWITCHBOARD_PORT", "0",
        "SWITCHBOARD_DATA_DIR", dataDirectory.toString(),
        "SWITCHBOARD_API_KEY", KEY,
        "SWITCHBOARD_WEBHOOK_RETRY_SCHEDULE", "100ms",
        "SWITCHBOARD_WEBHOOK_POLL_INTERVAL", "20ms"));
    settings.putAll(extra);
    return Server.start(
        AppConfig.from(Settings.of(settings)), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  /** Points the organization at the receiver, subscribes to new threads and creates one; returns the thread id. */
  private String subscribeAndCreateAThread(Http http) {
    Http.Response organization = http.request("PATCH", B + "/organizations").key(KEY).json("""
        {"data": {"type": "organizations", "attributes": {"webhookUrl": "%s", "webhookSecret": "%s"}}}
        """.formatted(receiver.url(), SECRET)).send();
    assertThat(organization.status()).as(organization.body()).isEqualTo(200);
    Http.Response webhook = http.request("POST", B + "/webhooks").key(KEY).json("""
        {"data": {"type": "webhooks", "attributes": {"resource": "messageThreads", "event": "create"}}}
        """).send();
    assertThat(webhook.status()).as(webhook.body()).isEqualTo(201);
    Http.Response thread = http.request("POST", B + "/message-threads").key(KEY).json("""
        {"data": {"type": "messageThreads", "attributes": {"channel": "sms", "identifier": "+31 6 1234 5678"}}}
        """).send();
    assertThat(thread.status()).as(thread.body()).isEqualTo(201);
    return thread.id();
  }

  @Test
  void givenEventsCommittedWhileNoWebhookWorkerRan_aRestartedServerDeliversThem() {
    String threadId;
    try (Server apiOnly = start(Map.of(
            "SWITCHBOARD_WEBHOOK_WORKER", "false", "SWITCHBOARD_WEBHOOK_ALLOW_PRIVATE_TARGETS", "true"));
        Http http = new Http(apiOnly.port())) {
      threadId = subscribeAndCreateAThread(http);
    }
    assertThat(receiver.all()).isEmpty();

    try (Server restarted = start(Map.of("SWITCHBOARD_WEBHOOK_ALLOW_PRIVATE_TARGETS", "true"));
        Http http = new Http(restarted.port())) {
      await().atMost(Duration.ofSeconds(10)).until(() -> receiver.accepted().size() == 1);

      WebhookReceiver.Received received = receiver.accepted().getFirst();
      assertThat(received.signatureProblem()).isEmpty();
      assertThat(received.attributes().at("/resource/id").asText()).isEqualTo(threadId);
      await().atMost(Duration.ofSeconds(5)).until(() -> http.request("GET", B + "/webhook-logs/" + received.id())
          .key(KEY).send().attributes().get("status").asText().equals("delivered"));
    }
  }

  @Test
  void givenTheDefaultSafety_aLoopbackReceiverIsRefused_andTheLogSaysWhy() {
    try (Server server = start(Map.of()); Http http = new Http(server.port())) {
      subscribeAndCreateAThread(http);

      await().atMost(Duration.ofSeconds(10)).until(() ->
          http.request("GET", B + "/webhook-logs?filter[status]=failed").key(KEY).send().data().size() == 1);

      Http.Response log = http.request("GET", B + "/webhook-logs").key(KEY).send();
      assertThat(log.data().get(0).at("/attributes/attempts/0/error").asText())
          .contains("refused", "127.0.0.1", "SWITCHBOARD_WEBHOOK_ALLOW_PRIVATE_TARGETS");
      assertThat(receiver.all()).isEmpty();
    }
  }
}
