package dev.switchboard.bootstrap.delivery;

import com.sun.net.httpserver.HttpServer;
import dev.switchboard.adapter.persistence.CredentialsCipher;
import dev.switchboard.adapter.persistence.testing.TestDatabase;
import dev.switchboard.bootstrap.ScratchDirectory;
import dev.switchboard.bootstrap.TestServers;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How fast accepted messages reach a provider: a Twilio-shaped stub on loopback (JDK HTTP server, no delay) receives
 * the sends. For each scenario the benchmark posts {@code messages} SMS over {@code threads} threads with 16 concurrent
 * clients, then waits until the stub has every one. Reported: messages/s from the first accept to the last hand-over,
 * and p50/p99 of accept (201 received) to hand-over (request arrived at the provider stub; the message reads
 * {@code sent} as soon as the stub's answer is recorded). Scenarios: H2 file, PostgreSQL with one node, PostgreSQL with
 * two nodes (two servers on one database; clients alternate between them).
 *
 * <pre>bootstrap/bench/delivery.sh [messages=3000] [threads=300] [all|h2|pg]</pre>
 */
public final class DeliveryBenchmark {

  private static final String ACCOUNT_SID = "AC00000000000000000000000000000003";
  private static final int CLIENTS = 16;

  private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
  private final HttpServer stub;

  private DeliveryBenchmark() throws IOException {
    stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
    stub.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    stub.createContext("/", exchange -> {
      long now = System.nanoTime();
      String body;
      try (InputStream in = exchange.getRequestBody()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      arrivals.putIfAbsent(formValue(body, "Body"), now);
      byte[] answer = ("{\"sid\":\"SM" + Long.toHexString(now) + "\",\"status\":\"queued\"}")
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(201, answer.length);
      exchange.getResponseBody().write(answer);
      exchange.close();
    });
    stub.start();
  }

  public static void main(String[] args) throws Exception {
    int messages = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    String which = args.length > 2 ? args[2] : "all";
    DeliveryBenchmark benchmark = new DeliveryBenchmark();
    System.out.printf("delivery benchmark: %d messages over %d threads, %d concurrent clients, stub on loopback,"
        + " 4 delivery workers per node, send rate limit 100000/s%n", messages, threads, CLIENTS);
    System.out.printf("%-24s %10s %10s %10s %10s%n", "scenario", "accept/s", "sent/s", "p50 ms", "p99 ms");
    if (which.equals("all") || which.equals("h2")) {
      Path data = ScratchDirectory.create("switchboard-delivery-bench");
      benchmark.run("H2 file, 1 node", messages, threads, List.of(Map.of("SWITCHBOARD_DATA_DIR", data.toString())));
    }
    if (which.equals("all") || which.equals("pg")) {
      try (TestDatabase one = TestDatabase.embeddedPostgres(); TestDatabase two = TestDatabase.embeddedPostgres()) {
        benchmark.run("PostgreSQL, 1 node", messages, threads, List.of(postgres(one)));
        benchmark.run("PostgreSQL, 2 nodes", messages, threads, List.of(postgres(two), postgres(two)));
      }
    }
    benchmark.stub.stop(0);
    System.exit(0);
  }

  private static Map<String, String> postgres(TestDatabase database) {
    return Map.of(
        "SWITCHBOARD_DB_URL", database.config().jdbcUrl(),
        "SWITCHBOARD_DB_USER", database.config().user(),
        "SWITCHBOARD_DB_PASSWORD", database.config().password(),
        "SWITCHBOARD_CREDENTIALS_KEY", BENCH_KEY);
  }

  private static final String BENCH_KEY = CredentialsCipher.newKeyBase64();

  private void run(String scenario, int messages, int threadCount, List<Map<String, String>> nodes) throws Exception {
    arrivals.clear();
    List<TestServers.Running> servers = new ArrayList<>();
    for (Map<String, String> node : nodes) {
      Map<String, String> settings = new HashMap<>(node);
      settings.put("SWITCHBOARD_CHANNEL_SEND_RATE", "100000");
      settings.put("SWITCHBOARD_DELIVERY_POLL_INTERVAL", "10ms");
      settings.put("SWITCHBOARD_LOG_LEVEL", "WARN");
      servers.add(TestServers.start(settings));
    }
    try {
      ServerClient first = servers.getFirst().client();
      first.post("/public/v2/channels", """
          {"data":{"type":"channels","attributes":{"platform":"sms","provider":"twilio","isDefault":true,
            "settings":{"accountSid":"%s","fromNumber":"+15005550006"},"credentials":{"authToken":"t"},
            "apiBaseUrl":"http://127.0.0.1:%d"}}}
          """.formatted(ACCOUNT_SID, stub.getAddress().getPort()));
      List<String> threads = new ArrayList<>();
      for (int t = 0; t < threadCount; t++) {
        threads.add(first.createThread("sms", "+316" + String.format("%08d", 20_000_000 + t)));
      }
      long[] acceptedAt = new long[messages];
      long start = System.nanoTime();
      try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
          int client = c;
          work.add(clients.submit(() -> {
            for (int i = client; i < messages; i += CLIENTS) {
              ServerClient api = servers.get(i % servers.size()).client();
              api.sendText(threads.get(i % threadCount), "bench-" + i);
              acceptedAt[i] = System.nanoTime();
            }
            return null;
          }));
        }
        for (Future<?> done : work) {
          done.get();
        }
      }
      long allAccepted = System.nanoTime();
      long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
      while (arrivals.size() < messages && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      long last = arrivals.values().stream().mapToLong(Long::longValue).max().orElse(start);
      double[] latencies = new double[messages];
      for (int i = 0; i < messages; i++) {
        latencies[i] = Math.max(0, arrivals.getOrDefault("bench-" + i, last) - acceptedAt[i]) / 1e6;
      }
      Arrays.sort(latencies);
      System.out.printf("%-24s %10.0f %10.0f %10.1f %10.1f%s%n",
          scenario,
          messages / ((allAccepted - start) / 1e9),
          arrivals.size() / ((last - start) / 1e9),
          latencies[messages / 2],
          latencies[(int) Math.min(messages - 1, Math.ceil(messages * 0.99) - 1)],
          arrivals.size() < messages ? "  (only " + arrivals.size() + " arrived)" : "");
    } finally {
      servers.forEach(TestServers.Running::close);
    }
  }

  private static String formValue(String form, String name) {
    for (String pair : form.split("&")) {
      if (pair.startsWith(name + "=")) {
        return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
      }
    }
    return "";
  }
}
