package dev.switchboard.adapter.http.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on loopback that receives webhooks the way a customer's endpoint would: it verifies every
 * request's Standard Webhooks signature with {@link StandardWebhooksVerifier} and records it, then answers from a
 * script (queued status codes, then 204). {@link #accepted()} are the requests it answered with 2xx, each carrying
 * whether its signature verified.
 */
public final class WebhookReceiver implements AutoCloseable {

  /** One request as received. */
  public record Received(
      String id, String secretHeader, String recruboSecretHeader, Optional<String> signatureProblem, JsonNode payload,
      int answeredWith) {

    public JsonNode attributes() {
      return payload.path("data").path("attributes");
    }
  }

  private final HttpServer server;
  private final StandardWebhooksVerifier verifier;
  private final Deque<Integer> script = new ArrayDeque<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();

  public WebhookReceiver(String secret) {
    this.verifier = new StandardWebhooksVerifier(secret);
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/", exchange -> {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      var headers = exchange.getRequestHeaders();
      String id = headers.getFirst("webhook-id");
      Optional<String> problem = verifier.problem(
          id, headers.getFirst("webhook-timestamp"), headers.getFirst("webhook-signature"), body, Instant.now());
      int status = nextStatus();
      received.add(new Received(
          id, headers.getFirst("X-Webhook-Secret"), headers.getFirst("X-Recrubo-Webhook-Secret"), problem,
          Http.parse(new String(body, StandardCharsets.UTF_8)), status));
      byte[] answer = ("answered " + status).getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, status == 204 ? -1 : answer.length);
      if (status != 204) {
        exchange.getResponseBody().write(answer);
      }
      exchange.close();
    });
    server.start();
  }

  /** The URL to subscribe: {@code http://127.0.0.1:<port>/hooks}. */
  public String url() {
    return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + "/hooks";
  }

  /** The next requests are answered with these status codes, in order; after them, 204. */
  public synchronized WebhookReceiver answering(Integer... statuses) {
    script.addAll(List.of(statuses));
    return this;
  }

  private synchronized int nextStatus() {
    Integer next = script.poll();
    return next == null ? 204 : next;
  }

  public List<Received> all() {
    return List.copyOf(received);
  }

  /** The requests answered with 2xx: what the customer's system took in. */
  public List<Received> accepted() {
    return received.stream().filter(request -> request.answeredWith() / 100 == 2).toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
