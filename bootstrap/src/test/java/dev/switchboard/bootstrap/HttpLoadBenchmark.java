package dev.switchboard.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import dev.switchboard.adapter.persistence.DataSources;
import dev.switchboard.adapter.persistence.PersistenceConfig;
import dev.switchboard.adapter.persistence.testing.TestDatabase;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posts messages to a running server at a fixed concurrency for a fixed time and reports requests per second and
 * p50/p99 latency, on H2 and on PostgreSQL. In the same run and with the same load generator it measures a minimal
 * Javalin endpoint that inserts one row per request through an identically configured pool, and reports the ratio.
 * Server and load generator share the machine, as they do for the baseline, so the ratio is fair; the absolute
 * figures are lower than with the load on another machine.
 *
 * <p>Run with {@code bootstrap/bench/http.sh [seconds] [connections] [all|h2|pg|pg-durable] [warm-up seconds]}.
 */
public final class HttpLoadBenchmark {

  private static final String KEY = "bench-organization-key-0001";
  /** Channel credentials are encrypted; PostgreSQL requires a configured key (32 zero bytes will do for a benchmark). */
  private static final String CREDENTIALS_KEY = Base64.getEncoder().encodeToString(new byte[32]);
  private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

  private HttpLoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    Duration measure = Duration.ofSeconds(args.length > 0 ? Integer.parseInt(args[0]) : 20);
    int connections = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    String databases = args.length > 2 ? args[2] : "all";
    // A fresh database and a cold JVM need a while before their plans and code settle: 15 s by default.
    Duration warmUp = Duration.ofSeconds(args.length > 3 ? Integer.parseInt(args[3]) : 15);
    System.out.printf("%d connections, %ds warm-up, %ds measured, %d cores%n",
        connections, warmUp.toSeconds(), measure.toSeconds(), Runtime.getRuntime().availableProcessors());
    if (databases.equals("all") || databases.equals("h2")) {
      Path directory = ScratchDirectory.create("switchboard-load-h2");
      run("H2 (file)", () -> PersistenceConfig.h2File(directory.resolve("baseline")),
          () -> PersistenceConfig.h2File(directory.resolve("server")), connections, warmUp, measure);
    }
    if (databases.equals("all") || databases.equals("pg")) {
      try (TestDatabase baseline = TestDatabase.embeddedPostgres(); TestDatabase server = TestDatabase.embeddedPostgres()) {
        run("PostgreSQL (embedded, fsync and synchronous_commit off, as the tests run it)", baseline::config,
            server::config, connections, warmUp, measure);
      }
    }
    if (databases.equals("all") || databases.equals("pg-durable")) {
      try (TestDatabase baseline = TestDatabase.embeddedDurablePostgres();
          TestDatabase server = TestDatabase.embeddedDurablePostgres()) {
        run("PostgreSQL (embedded, default durability: every commit flushed to disk)", baseline::config,
            server::config, connections, warmUp, measure);
      }
    }
    System.exit(0);
  }

  private static void run(
      String label,
      Supplier<PersistenceConfig> baselineDatabase,
      Supplier<PersistenceConfig> serverDatabase,
      int connections,
      Duration warmUp,
      Duration measure) throws Exception {
    System.out.println("== " + label);
    String body = messageBody("00000000-0000-0000-0000-000000000000");
    Result baseline;
    try (MinimalEndpoint endpoint = MinimalEndpoint.start(baselineDatabase.get())) {
      String url = "http://localhost:" + endpoint.port() + "/baseline";
      baseline = load(url, body, connections, warmUp, measure);
    }
    System.out.println(baseline.describe("baseline: minimal Javalin endpoint, one INSERT per request"));

    PersistenceConfig database = serverDatabase.get();
    // The first server started against a freshly created embedded PostgreSQL accepts 2-3x fewer messages for its whole
    // life than later ones (cause not yet found; not JIT warm-up, Flyway, planner statistics or a hot thread row), so
    // one unreported priming run comes first and the figures below are the steady state.
    for (String mode : new String[] {"priming", "api-only", "dispatching"}) {
      boolean dispatching = mode.equals("dispatching");
      Map<String, String> settings = Map.of(
          "SWITCHBOARD_PORT", "0",
          "SWITCHBOARD_DB_URL", database.jdbcUrl(),
          "SWITCHBOARD_DB_USER", database.user(),
          "SWITCHBOARD_DB_PASSWORD", database.password(),
          "SWITCHBOARD_API_KEY", KEY,
          "SWITCHBOARD_CREDENTIALS_KEY", CREDENTIALS_KEY,
          "SWITCHBOARD_DELIVERY_WORKER", Boolean.toString(dispatching));
      PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
      try (Server server = Server.start(AppConfig.from(Settings.of(settings)), quiet)) {
        String base = "http://localhost:" + server.port() + "/public/v2";
        String threadId = createThread(base, "316123456" + mode.length());
        if (mode.equals("priming")) {
          load(base + "/messages", messageBody(threadId), connections, Duration.ZERO, Duration.ofSeconds(10));
          continue;
        }
        Result switchboard = load(base + "/messages", messageBody(threadId), connections, warmUp, measure);
        String described = dispatching
            ? "with the delivery worker and sandbox on the same node"
            : "API-only node (SWITCHBOARD_DELIVERY_WORKER=false)";
        System.out.println(switchboard.describe("switchboard: POST /public/v2/messages, " + described));
        System.out.printf("ratio switchboard / baseline: %.2f%n", switchboard.perSecond() / baseline.perSecond());
      }
    }
  }

  private static String messageBody(String threadId) {
    return "{\"data\":{\"type\":\"messages\",\"attributes\":{\"sendBy\":\"Load\",\"messageThreadId\":\"" + threadId
        + "\",\"payload\":{\"type\":\"text\",\"text\":{\"value\":\"Hello from the load benchmark\"}}}}}";
  }

  private static String createThread(String base, String number) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        post(base + "/message-threads",
            "{\"data\":{\"type\":\"messageThreads\",\"attributes\":{\"channel\":\"sms\",\"identifier\":\"" + number + "\"}}}"),
        HttpResponse.BodyHandlers.ofString());
    Matcher id = ID.matcher(response.body());
    if (response.statusCode() != 201 || !id.find()) {
      throw new IllegalStateException("could not create the thread: " + response.statusCode() + " " + response.body());
    }
    return id.group(1);
  }

  private static HttpRequest post(String url, String body) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Bearer " + KEY)
        .header("Content-Type", "application/vnd.api+json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  record Result(long requests, long errors, Duration elapsed, long[] latenciesNanos) {
    double perSecond() {
      return requests / (elapsed.toNanos() / 1e9);
    }

    String describe(String what) {
      long[] sorted = latenciesNanos.clone();
      Arrays.sort(sorted);
      return String.format("%-100s %8.0f req/s   p50 %6.2f ms   p99 %6.2f ms   (%d requests, %d errors)",
          what, perSecond(), percentile(sorted, 0.50), percentile(sorted, 0.99), requests, errors);
    }

    private static double percentile(long[] sorted, double fraction) {
      return sorted.length == 0 ? Double.NaN : sorted[(int) Math.min(sorted.length - 1, sorted.length * fraction)] / 1e6;
    }
  }

  /** {@code connections} workers, each one request at a time over HTTP/1.1, first warming up, then measuring. */
  private static Result load(String url, String body, int connections, Duration warmUp, Duration measure)
      throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request = post(url, body);
    long warmUntil = System.nanoTime() + warmUp.toNanos();
    long stopAt = warmUntil + measure.toNanos();
    AtomicLong errors = new AtomicLong();
    List<long[]> perWorker = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < connections; i++) {
      long[] latencies = new long[2_000_000];
      perWorker.add(latencies);
      int index = i;
      counts.add(0);
      workers.add(Thread.ofVirtual().start(() -> {
        int count = 0;
        while (true) {
          long start = System.nanoTime();
          if (start >= stopAt) {
            break;
          }
          try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            long end = System.nanoTime();
            if (response.statusCode() != 201) {
              errors.incrementAndGet();
            } else if (start >= warmUntil && end <= stopAt && count < latencies.length) {
              latencies[count++] = end - start;
            }
          } catch (Exception e) {
            errors.incrementAndGet();
          }
        }
        synchronized (counts) {
          counts.set(index, count);
        }
      }));
    }
    for (Thread worker : workers) {
      worker.join();
    }
    int total = counts.stream().mapToInt(Integer::intValue).sum();
    long[] all = new long[total];
    int offset = 0;
    for (int i = 0; i < connections; i++) {
      System.arraycopy(perWorker.get(i), 0, all, offset, counts.get(i));
      offset += counts.get(i);
    }
    return new Result(total, errors.get(), measure, all);
  }

  /** The yardstick: Javalin on virtual threads, one INSERT per request, through a pool configured like the server's. */
  private static final class MinimalEndpoint implements AutoCloseable {
    private final HikariDataSource pool;
    private final Javalin app;

    private MinimalEndpoint(HikariDataSource pool, Javalin app) {
      this.pool = pool;
      this.app = app;
    }

    static MinimalEndpoint start(PersistenceConfig database) throws SQLException {
      HikariDataSource pool = DataSources.hikari(database);
      try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
        statement.execute(
            "CREATE TABLE IF NOT EXISTS baseline_rows (id UUID PRIMARY KEY, body VARCHAR(4000), created_at TIMESTAMP)");
      }
      Javalin app = Javalin.create(config -> {
        config.concurrency.useVirtualThreads = true;
        config.startup.showJavalinBanner = false;
        config.routes.post("/baseline", ctx -> {
          try (Connection connection = pool.getConnection();
              PreparedStatement insert = connection.prepareStatement(
                  "INSERT INTO baseline_rows (id, body, created_at) VALUES (?, ?, ?)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, ctx.body());
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
          }
          ctx.status(201).contentType("application/vnd.api+json").result("{\"data\":null}");
        });
      }).start(0);
      return new MinimalEndpoint(pool, app);
    }

    int port() {
      return app.port();
    }

    @Override
    public void close() {
      app.stop();
      pool.close();
    }
  }
}
