package dev.switchboard.bootstrap;

import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariDataSource;
import dev.switchboard.adapter.persistence.DataSources;
import dev.switchboard.adapter.persistence.PersistenceConfig;
import dev.switchboard.adapter.persistence.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Webhook delivery on the packaged server, on H2 and on PostgreSQL: events delivered per second to a receiver on
 * loopback, and the delay from the change (the event's {@code occurred_at}, committed with the change) to the
 * moment the receiver has the payload, as p50/p99/max.
 *
 * <p>Each change is a thread created through the HTTP API (one {@code messageThreads/create} event, one webhook).
 * Three phases per database: a <em>backlog</em> committed while no webhook worker ran (as after an outage), drained
 * by a node that then starts, which measures delivery throughput alone; a <em>live burst</em> of changes made as
 * fast as 8 clients can while the workers run (the delay then includes any queue that builds up); and a
 * <em>paced</em> phase at a fixed rate the workers keep up with, which measures the delay one change sees (mostly
 * the workers' idle polling, 200 ms per step by default). Server, receiver and load share the machine.
 *
 * <p>Run with {@code bootstrap/bench/webhooks.sh [burst events=3000] [paced events/s=100] [paced seconds=10] [h2|pg|all]}.
 */
public final class WebhookBenchmark {

  private static final String KEY = "bench-webhook-key-0000001";
  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  private static final int CLIENTS = 8;

  private WebhookBenchmark() {}

  public static void main(String[] args) throws Exception {
    int burst = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
    int pacedRate = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    int pacedSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    String databases = args.length > 3 ? args[3] : "all";
    System.out.printf("burst of %d changes (%d clients), then %d changes/s for %d s; %d cores; default worker settings%n",
        burst, CLIENTS, pacedRate, pacedSeconds, Runtime.getRuntime().availableProcessors());
    if (!databases.equals("pg")) {
      Path directory = ScratchDirectory.create("switchboard-webhook-bench");
      run("H2 (file)", PersistenceConfig.h2File(directory), burst, pacedRate, pacedSeconds);
    }
    if (!databases.equals("h2")) {
      try (TestDatabase database = TestDatabase.embeddedPostgres()) {
        run("PostgreSQL (embedded)", database.config(), burst, pacedRate, pacedSeconds);
      }
    }
    System.exit(0);
  }

  private static void run(String label, PersistenceConfig database, int burst, int pacedRate, int pacedSeconds)
      throws Exception {
    System.out.println("== " + label);
    try (Receiver receiver = new Receiver();
        HikariDataSource pool = DataSources.hikari(database.withMaxPoolSize(2))) {
      AtomicInteger numbers = new AtomicInteger();

      // Backlog: changes committed while no webhook worker runs, then a node with workers starts and drains them.
      // Throughput is the backlog over the time from that start to the last arrival.
      try (Server apiOnly = start(database, false)) {
        Client client = new Client("http://localhost:" + apiOnly.port() + "/public/v2");
        client.send("PATCH", "/organizations", """
            {"data":{"type":"organizations","attributes":{"webhookUrl":"%s","webhookSecret":"%s"}}}
            """.formatted(receiver.url(), SECRET));
        client.send("POST", "/webhooks", """
            {"data":{"type":"webhooks","attributes":{"resource":"messageThreads","event":"create"}}}
            """);
        createThreads(client, burst, numbers, 0);
      }
      Instant workersStart = Instant.now();
      try (Server server = start(database, true)) {
        receiver.awaitCount(burst, Duration.ofMinutes(5));
        Instant lastArrival = receiver.arrivals().values().stream().max(Instant::compareTo).orElseThrow();
        double seconds = Duration.between(workersStart, lastArrival).toNanos() / 1e9;
        System.out.printf("  backlog: %d events delivered in %.2f s = %.0f events/s (node start included)%n",
            burst, seconds, burst / seconds);

        // Live burst: the clients make changes as fast as they can while the workers run.
        Client client = new Client("http://localhost:" + server.port() + "/public/v2");
        receiver.reset();
        Instant burstStart = Instant.now();
        createThreads(client, burst, numbers, 0);
        Instant created = Instant.now();
        receiver.awaitCount(burst, Duration.ofMinutes(5));
        lastArrival = receiver.arrivals().values().stream().max(Instant::compareTo).orElseThrow();
        System.out.printf("  live burst: %d changes made in %.2f s, all delivered after %.2f s = %.0f events/s; delay %s%n",
            burst, seconds(burstStart, created), seconds(burstStart, lastArrival),
            burst / seconds(burstStart, lastArrival), delays(receiver.arrivals(), occurredAt(pool)));

        // Paced: a fixed rate the workers keep up with; the delay is what one change waits.
        receiver.reset();
        int paced = pacedRate * pacedSeconds;
        createThreads(client, paced, numbers, pacedRate);
        receiver.awaitCount(paced, Duration.ofMinutes(2));
        System.out.printf("  paced: %d events at %d/s; delay %s%n",
            paced, pacedRate, delays(receiver.arrivals(), occurredAt(pool)));
      }
    }
  }

  private static double seconds(Instant from, Instant to) {
    return Duration.between(from, to).toNanos() / 1e9;
  }

  private static Server start(PersistenceConfig database, boolean webhookWorkers) {
    Map<String, String> settings = new HashMap<>(Map.of(
        "SWITCHBOARD_PORT", "0",
        "SWITCHBOARD_DB_URL", database.jdbcUrl(),
        "SWITCHBOARD_DB_USER", database.user(),
        "SWITCHBOARD_DB_PASSWORD", database.password(),
        "SWITCHBOARD_API_KEY", KEY,
        "SWITCHBOARD_WEBHOOK_WORKER", Boolean.toString(webhookWorkers),
        "SWITCHBOARD_WEBHOOK_ALLOW_PRIVATE_TARGETS", "true",
        // PostgreSQL requires the key that encrypts channel credentials; 32 zero bytes will do for a benchmark.
        "SWITCHBOARD_CREDENTIALS_KEY", Base64.getEncoder().encodeToString(new byte[32])));
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return Server.start(AppConfig.from(Settings.of(settings)), quiet);
  }

  /** {@code count} threads through the API; {@code perSecond} 0 means as fast as the clients go. */
  private static void createThreads(Client client, int count, AtomicInteger numbers, int perSecond) throws Exception {
    Semaphore inFlight = new Semaphore(CLIENTS);
    long start = System.nanoTime();
    try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < count; i++) {
        if (perSecond > 0) {
          long due = start + (long) i * 1_000_000_000L / perSecond;
          long wait = due - System.nanoTime();
          if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait));
          }
        }
        inFlight.acquire();
        String phone = "+3161" + String.format("%07d", numbers.incrementAndGet());
        clients.execute(() -> {
          try {
            client.send("POST", "/message-threads", """
                {"data":{"type":"messageThreads","attributes":{"channel":"sms","identifier":"%s"}}}
                """.formatted(phone));
          } finally {
            inFlight.release();
          }
        });
      }
    }
  }

  /** When each delivery's event happened, by delivery id (the payload's data.id, the webhook-id header). */
  private static Map<String, Instant> occurredAt(HikariDataSource pool) throws Exception {
    Map<String, Instant> occurred = new HashMap<>();
    try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT d.id, e.occurred_at FROM webhook_deliveries d JOIN events e ON e.seq = d.event_seq")) {
      while (rows.next()) {
        occurred.put(rows.getObject(1).toString(), rows.getObject(2, OffsetDateTime.class).toInstant());
      }
    }
    return occurred;
  }

  private static String delays(Map<String, Instant> arrivals, Map<String, Instant> occurred) {
    List<Long> millis = new ArrayList<>();
    arrivals.forEach((id, arrived) -> millis.add(Duration.between(occurred.get(id), arrived).toMillis()));
    millis.sort(Long::compare);
    return String.format("p50 %d ms, p99 %d ms, max %d ms (change committed -> payload at the receiver)",
        percentile(millis, 0.50), percentile(millis, 0.99), millis.getLast());
  }

  private static long percentile(List<Long> sorted, double p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
  }

  /** A receiver that answers 204 at once and notes when each delivery (by webhook-id) first arrived. */
  private static final class Receiver implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, Instant> arrivals = new ConcurrentHashMap<>();

    Receiver() throws Exception {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
      server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
      server.createContext("/", exchange -> {
        Instant now = Instant.now();
        try (InputStream body = exchange.getRequestBody()) {
          body.readAllBytes();
        }
        arrivals.putIfAbsent(exchange.getRequestHeaders().getFirst("webhook-id"), now);
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
      });
      server.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    Map<String, Instant> arrivals() {
      return Map.copyOf(arrivals);
    }

    void reset() {
      arrivals.clear();
    }

    void awaitCount(int count, Duration timeout) throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (arrivals.size() < count) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("only " + arrivals.size() + " of " + count + " webhooks arrived");
        }
        Thread.sleep(5);
      }
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }

  /** A JSON:API client with the benchmark's key; any answer but 2xx stops the run. */
  private record Client(String base) {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    void send(String method, String path, String json) {
      try {
        HttpResponse<String> response = HTTP.send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + KEY)
                .header("Content-Type", "application/vnd.api+json")
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
          throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
