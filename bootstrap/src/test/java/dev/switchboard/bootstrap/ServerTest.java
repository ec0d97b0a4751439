package dev.switchboard.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged server's wiring on its embedded H2 defaults: start, serve, deliver, restart. */
class ServerTest {

  private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
  private static final Pattern GENERATED_KEY = Pattern.compile("Organization API key \\(shown once, store it now\\): (\\S+)");

  private final HttpClient client = HttpClient.newHttpClient();

  @TempDir Path dataDirectory;

  @Test
  void givenAFreshDataDirectory_startPrintsKeysOnce_servesMessagesAndDeliversThroughTheSandbox() throws Exception {
    ByteArrayOutputStream firstConsole = new ByteArrayOutputStream();
    String key;
    try (Server server = Server.start(config(), new PrintStream(firstConsole, true, StandardCharsets.UTF_8))) {
      Matcher generated = GENERATED_KEY.matcher(firstConsole.toString(StandardCharsets.UTF_8));
      assertThat(generated.find()).isTrue();
      key = generated.group(1);
      String base = "http://localhost:" + server.port();

      assertThat(get(base + "/health", null).statusCode()).isEqualTo(200);
      assertThat(get(base + "/ready", null).statusCode()).isEqualTo(200);
      HttpResponse<String> thread = post(base + "/public/v2/message-threads", key,
          "{\"data\":{\"type\":\"messageThreads\",\"attributes\":{\"channel\":\"sms\",\"identifier\":\"+31 6 1234 5678\"}}}");
      assertThat(thread.statusCode()).isEqualTo(201);
      String threadId = firstId(thread.body());
      HttpResponse<String> message = post(base + "/public/v2/messages", key,
          "{\"data\":{\"type\":\"messages\",\"attributes\":{\"sendBy\":\"John\",\"messageThreadId\":\"" + threadId
              + "\",\"payload\":{\"type\":\"text\",\"text\":{\"value\":\"Hi, how are you!\"}}}}}");
      assertThat(message.statusCode()).isEqualTo(201);
      assertThat(message.body()).contains("\"deliveryStatus\":\"accepted\"");
      String messageUrl = base + "/public/v2/messages/" + firstId(message.body());

      await().atMost(Duration.ofSeconds(10))
          .until(() -> get(messageUrl, key).body().contains("\"deliveryStatus\":\"delivered\""));
    }

    ByteArrayOutputStream secondConsole = new ByteArrayOutputStream();
    try (Server restarted = Server.start(config(), new PrintStream(secondConsole, true, StandardCharsets.UTF_8))) {
      assertThat(secondConsole.toString(StandardCharsets.UTF_8)).doesNotContain("shown once");
      HttpResponse<String> threads = get("http://localhost:" + restarted.port() + "/public/v2/message-threads", key);
      assertThat(threads.statusCode()).isEqualTo(200);
      assertThat(threads.body()).contains("\"identifier\":\"31612345678\"");
    }
  }

  @Test
  void givenConfiguredKeys_nothingIsPrintedAndTheConfiguredKeyWorks() throws Exception {
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    AppConfig config = AppConfig.from(Settings.of(Map.of(
        "SWITCHBOARD_PORT", "0",
        "SWITCHBOARD_DATA_DIR", dataDirectory.toString(),
        "SWITCHBOARD_API_KEY", "test-organization-key-0001",
        "SWITCHBOARD_MANAGEMENT_KEY", "test-management-key-0001")));

    try (Server server = Server.start(config, new PrintStream(console, true, StandardCharsets.UTF_8))) {
      String base = "http://localhost:" + server.port() + "/public/v2";

      assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain("test-organization-key-0001").doesNotContain("shown once");
      assertThat(get(base + "/message-threads", "test-organization-key-0001").statusCode()).isEqualTo(200);
      assertThat(get(base + "/management/organizations", "test-management-key-0001").statusCode()).isEqualTo(200);
      assertThat(get(base + "/message-threads", "wrong-key-000000000000").statusCode()).isEqualTo(401);
    }
  }

  /**
   * Nodes share the H2 file as they would a PostgreSQL database. One rotates the key; one has the key cache off;
   * the third remembered the key before the rotation, and the README promises it works there for the cache time.
   */
  @Test
  void givenNodesOnOneDatabase_aKeyRotatedOnOne_isRefusedAtOnceWhereTheCacheIsOff_andWorksForTheCacheTimeElsewhere()
      throws Exception {
    String key = TestServers.ORGANIZATION_KEY;
    try (TestServers.Running rotating = TestServers.h2(dataDirectory, Map.of());
        TestServers.Running uncached = TestServers.h2(dataDirectory, Map.of("SWITCHBOARD_API_KEY_CACHE_SECONDS", "0"));
        TestServers.Running cached = TestServers.h2(dataDirectory, Map.of("SWITCHBOARD_API_KEY_CACHE_SECONDS", "300"))) {
      String organizations = "/public/v2/organizations";
      String organizationId = firstId(get(rotating.client().base() + organizations, key).body());
      assertThat(get(uncached.client().base() + organizations, key).statusCode()).isEqualTo(200);
      assertThat(get(cached.client().base() + organizations, key).statusCode()).isEqualTo(200);

      HttpResponse<String> rotated = post(
          rotating.client().base() + "/public/v2/management/refresh-token/" + organizationId,
          TestServers.MANAGEMENT_KEY,
          "");

      assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
      assertThat(get(rotating.client().base() + organizations, key).statusCode()).isEqualTo(401);
      assertThat(get(uncached.client().base() + organizations, key).statusCode()).isEqualTo(401);
      assertThat(get(cached.client().base() + organizations, key).statusCode()).isEqualTo(200);
    }
  }

  /** A node remembers threads it sent to; a thread deleted on another node must still be gone for it at once. */
  @Test
  void givenNodesOnOneDatabase_aThreadDeletedOnOne_refusesMessagesOnTheOtherAtOnce() throws Exception {
    try (TestServers.Running sending = TestServers.h2(dataDirectory, Map.of());
        TestServers.Running deleting = TestServers.h2(dataDirectory, Map.of())) {
      String threadId = sending.client().createThread("sms", "+31 6 1234 5678");
      sending.client().sendText(threadId, "Are you free on Monday?");
      HttpResponse<String> deleted = client.send(
          HttpRequest.newBuilder(URI.create(deleting.client().base() + "/public/v2/message-threads/" + threadId))
              .header("Authorization", "Bearer " + TestServers.ORGANIZATION_KEY)
              .DELETE()
              .build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);

      HttpResponse<String> refused = post(sending.client().base() + "/public/v2/messages", TestServers.ORGANIZATION_KEY,
          """
          {"data":{"type":"messages","attributes":{"sendBy":"Rita","messageThreadId":"%s",
            "payload":{"type":"text","text":{"value":"Still there?"}}}}}
          """.formatted(threadId));

      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(404);
      assertThat(get(sending.client().base() + "/public/v2/messages?filter[messageThreadId]=" + threadId,
          TestServers.ORGANIZATION_KEY).body()).contains("\"total\":0");
    }
  }

  private AppConfig config() {
    return AppConfig.from(Settings.of(Map.of(
        "SWITCHBOARD_PORT", "0",
        "SWITCHBOARD_DATA_DIR", dataDirectory.toString(),
        "SWITCHBOARD_SANDBOX_DELIVERED_DELAY", "200ms")));
  }

  private static String firstId(String body) {
    Matcher matcher = ID.matcher(body);
    assertThat(matcher.find()).as("an id in %s", body).isTrue();
    return matcher.group(1);
  }

  private HttpResponse<String> get(String url, String key) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String url, String key, String body) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + key)
            .header("Content-Type", "application/vnd.api+json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
