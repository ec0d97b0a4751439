package dev.switchboard.adapter.http.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A small JSON:API client over {@link java.net.http.HttpClient} for the contract tests. Thread-safe. */
public final class Http implements AutoCloseable {

  private static final int LARGE_BODY_BYTES = 64 * 1024;

  public static final String MEDIA_TYPE = "application/vnd.api+json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  public Http(int port) {
    this.base = "http://localhost:" + port;
  }

  /** Closes the client's connections, so that a graceful server stop need not wait for them. */
  @Override
  public void close() {
    client.close();
  }

  /** A request with the JSON:API Accept header and {@code Authorization: Bearer key} when a key is given. */
  public Request request(String method, String path) {
    return new Request(method, path);
  }

  public final class Request {
    private final String method;
    private final String path;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] body;

    private Request(String method, String path) {
      this.method = method;
      this.path = path;
      headers.put("Accept", MEDIA_TYPE);
    }

    public Request key(String key) {
      return key == null ? this : header("Authorization", "Bearer " + key);
    }

    public Request header(String name, String value) {
      if (value == null) {
        headers.remove(name);
      } else {
        headers.put(name, value);
      }
      return this;
    }

    public Request json(String json) {
      headers.putIfAbsent("Content-Type", MEDIA_TYPE);
      return body(json.getBytes(StandardCharsets.UTF_8));
    }

    public Request body(byte[] bytes) {
      this.body = bytes;
      return this;
    }

    public Response send() {
      HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
      headers.forEach(builder::header);
      builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
      if (body != null && body.length > LARGE_BODY_BYTES) {
        // As curl does: the server can refuse a too-large body (413) before it is sent, instead of closing the
        // connection under a client that is still uploading.
        builder.expectContinue(true);
      }
      try {
        HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response, response.body());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  public record Response(int status, HttpResponse<String> raw, String body) {
    public JsonNode json() {
      try {
        return MAPPER.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    public Optional<String> location() {
      return raw.headers().firstValue("Location");
    }

    public JsonNode data() {
      return json().get("data");
    }

    public JsonNode attributes() {
      return data().get("attributes");
    }

    public String id() {
      return data().get("id").asText();
    }
  }

  public static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
