package dev.switchboard.bootstrap.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** A small client for a running server: JSON:API calls with the organization key, and raw provider callbacks. */
public final class ServerClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final String key;

  public ServerClient(String base, String key) {
    this.base = base;
    this.key = key;
  }

  public String base() {
    return base;
  }

  /** A port that was free a moment ago, so the public URL (which Twilio signs) is known before the server starts. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public JsonNode get(String path) {
    return expect(200, send(request(path).GET()));
  }

  public JsonNode post(String path, String json) {
    return expect(201, send(request(path).header("Content-Type", "application/vnd.api+json")
        .POST(HttpRequest.BodyPublishers.ofString(json))));
  }

  public HttpResponse<String> callback(String path, String contentType, byte[] body, Map<String, String> headers) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(builder::header);
    return send(builder);
  }

  public String createThread(String channel, String identifier) {
    return post("/public/v2/message-threads", """
        {"data":{"type":"messageThreads","attributes":{"channel":"%s","identifier":"%s"}}}
        """.formatted(channel, identifier)).at("/data/id").asText();
  }

  public String sendText(String threadId, String text) {
    return post("/public/v2/messages", """
        {"data":{"type":"messages","attributes":{"sendBy":"Rita","messageThreadId":"%s",
          "payload":{"type":"text","text":{"value":"%s"}}}}}
        """.formatted(threadId, text)).at("/data/id").asText();
  }

  public String deliveryStatus(String messageId) {
    return get("/public/v2/messages/" + messageId).at("/data/attributes/deliveryStatus").asText();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + key).header("Accept", "application/vnd.api+json");
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode expect(int status, HttpResponse<String> response) {
    if (response.statusCode() != status) {
      throw new AssertionError("expected " + status + " but got " + response.statusCode() + ": " + response.body());
    }
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
