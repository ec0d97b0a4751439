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
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
 * <p>The API-only node and the baseline take turns for a few rounds, and the median of the rounds' ratios is the
 * figure to quote: on a shared machine the throughput of either drifts by tens of percent within minutes.
 *
 * <p>Run with {@code bootstrap/bench/http.sh [seconds] [connections] [all|h2|pg|pg-durable] [warm-up seconds]
 * [rounds]}.
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
    int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 3;
    Load load = new Load(connections, warmUp, measure, rounds);
    System.out.printf("%d connections, %ds warm-up, %ds measured, %d rounds, %d cores%n",
        connections, warmUp.toSeconds(), measure.toSeconds(), rounds, Runtime.getRuntime().availableProcessors());
    if (databases.equals("all") || databases.equals("h2")) {
      Path directory = ScratchDirectory.create("switchboard-load-h2");
      run("H2 (file)", () -> PersistenceConfig.h2File(directory.resolve("baseline")),
          () -> PersistenceConfig.h2File(directory.resolve("server")), load);
    }
    if (databases.equals("all") || databases.equals("pg")) {
      try (TestDatabase baseline = TestDatabase.embeddedPostgres(); TestDatabase server = TestDatabase.embeddedPostgres()) {
        run("PostgreSQL (embedded, fsync and synchronous_commit off, as the tests run it)", baseline::config,
            server::config, load);
      }
    }
    if (databases.equals("all") || databases.equals("pg-durable")) {
      try (TestDatabase baseline = TestDatabase.embeddedDurablePostgres();
          TestDatabase server = TestDatabase.embeddedDurablePostgres()) {
        run("PostgreSQL (embedded, default durability: every commit flushed to disk)", baseline::config,
            server::config, load);
      }
    }
    System.exit(0);
  }

  private static void run(
      String label,
      Supplier<PersistenceConfig> baselineDatabase,
      Supplier<PersistenceConfig> serverDatabase,
      Load load) throws Exception {
    System.out.println("== " + label);
    PersistenceConfig database = serverDatabase.get();
    try (MinimalEndpoint endpoint = MinimalEndpoint.start(baselineDatabase.get())) {
      String baselineUrl = "http://localhost:" + endpoint.port() + "/baseline";
      String baselineBody = messageBody("00000000-0000-0000-0000-000000000000");
      load.run(baselineUrl, baselineBody, load.warmUp());
      // The first server started against a freshly created embedded PostgreSQL accepts 2-3x fewer messages for its
      // whole life than later ones (cause not yet found; not JIT warm-up, Flyway, planner statistics or a hot thread
      // row), so one unreported priming run comes first and the figures below are the steady state.
      try (Server priming = startServer(database, false)) {
        load.run(messagesUrl(priming), messageBody(createThread(priming, "3161234560")), Duration.ofSeconds(10));
      }
      List<Double> ratios = new ArrayList<>();
      Result lastBaseline;
      try (Server apiOnly = startServer(database, false)) {
        String url = messagesUrl(apiOnly);
        String body = messageBody(createThread(apiOnly, "3161234561"));
        load.run(url, body, load.warmUp());
        // Rounds alternate the two, so that what the machine does meanwhile weighs on both alike; before each
        // baseline the node's webhook fan-out catches up, so that the baseline never pays for the node's leftovers.
        do {
          awaitEventsFannedOut(database);
          lastBaseline = load.run(baselineUrl, baselineBody, load.measure());
          Result switchboard = load.run(url, body, load.measure());
          System.out.printf("round %d%n", ratios.size() + 1);
          System.out.println(lastBaseline.describe("baseline: minimal Javalin endpoint, one INSERT per request"));
          System.out.println(switchboard.describe(
              "switchboard: POST /public/v2/messages, API-only node (SWITCHBOARD_DELIVERY_WORKER=false)"));
          ratios.add(switchboard.perSecond() / lastBaseline.perSecond());
          System.out.printf("ratio switchboard / baseline: %.2f%n", ratios.getLast());
        } while (ratios.size() < load.rounds());
      }
      System.out.printf("API-only node, median ratio of %d rounds: %.2f%n", ratios.size(), median(ratios));
      try (Server dispatching = startServer(database, true)) {
        String url = messagesUrl(dispatching);
        String body = messageBody(createThread(dispatching, "3161234562"));
        load.run(url, body, load.warmUp());
        Result switchboard = load.run(url, body, load.measure());
        System.out.println(switchboard.describe(
            "switchboard: POST /public/v2/messages, with the delivery worker and sandbox on the same node"));
        System.out.printf(
            "ratio switchboard / last baseline: %.2f%n", switchboard.perSecond() / lastBaseline.perSecond());
      }
    }
  }

  /** What every measurement shares: connections, warm-up, measuring time, rounds. */
  record Load(int connections, Duration warmUp, Duration measure, int rounds) {
    Result run(String url, String body, Duration duration) throws InterruptedException {
      return load(url, body, connections, duration);
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  private static Server startServer(PersistenceConfig database, boolean dispatching) {
    Map<String, String> settings = Map.of(
        "SWITCHBOARD_PORT", "0",
        "SWITCHBOARD_DB_URL", database.jdbcUrl(),
        "SWITCHBOARD_DB_USER", database.user(),
        "SWITCHBOARD_DB_PASSWORD", database.password(),
        "SWITCHBOARD_API_KEY", KEY,
        "SWITCHBOARD_CREDENTIALS_KEY", CREDENTIALS_KEY,
        "SWITCHBOARD_DELIVERY_WORKER", Boolean.toString(dispatching));
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return Server.start(AppConfig.from(Settings.of(settings)), quiet);
  }

  private static String messagesUrl(Server server) {
    return apiBase(server) + "/messages";
  }

  private static String apiBase(Server server) {
    return "http://localhost:" + server.port() + "/public/v2";
  }

  private static void awaitEventsFannedOut(PersistenceConfig database) throws SQLException, InterruptedException {
    try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
        Statement statement = connection.createStatement()) {
      long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      while (System.nanoTime() < deadline) {
        try (ResultSet unprocessed = statement.executeQuery("SELECT COUNT(*) FROM events WHERE processed = FALSE")) {
          unprocessed.next();
          if (unprocessed.getLong(1) == 0) {
            return;
          }
        }
        Thread.sleep(100);
      }
      throw new IllegalStateException("the node's webhook fan-out did not catch up within 2 minutes");
    }
  }

  private static String messageBody(String threadId) {
    return "{\"data\":{\"type\":\"messages\",\"attributes\":{\"sendBy\":\"Load\",\"messageThreadId\":\"" + threadId
        + "\",\"payload\":{\"type\":\"text\",\"text\":{\"value\":\"Hello from the load benchmark\"}}}}}";
  }

  private static String createThread(Server server, String number) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        post(apiBase(server) + "/message-threads",
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

  /** {@code connections} workers, each one request at a time over HTTP/1.1, for {@code measure}. */
  private static Result load(String url, String body, int connections, Duration measure) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request = post(url, body);
    long stopAt = System.nanoTime() + measure.toNanos();
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
            } else if (end <= stopAt && count < latencies.length) {
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
