package dev.switchboard.adapter.persistence.bench;

import com.zaxxer.hikari.HikariDataSource;
import dev.switchboard.adapter.persistence.DataSources;
import dev.switchboard.adapter.persistence.JdbiPersistence;
import dev.switchboard.adapter.persistence.PersistenceConfig;
import dev.switchboard.application.port.out.MessageRepository;
import dev.switchboard.application.query.Cursor;
import dev.switchboard.application.query.Filter;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.MessageFields;
import dev.switchboard.application.query.Operator;
import dev.switchboard.application.query.Page;
import dev.switchboard.application.query.PageRequest;
import dev.switchboard.application.query.Sort;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.organization.OrganizationId;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Not a test: loads {@code messages} messages over {@code threads} threads of one organization into embedded
 * PostgreSQL and into an H2 file database (batched JDBC inserts into the migrated schema), then times listings
 * through the {@code MessageRepository} port and prints the median and 99th percentile of each. Numbered pages pay
 * for their totals (two {@code COUNT(*)}); keyset pages do not count.
 *
 * <p>Run it with {@code adapters-persistence/bench/run.sh [messages] [threads] [iterations] [all|pg|h2]}.
 */
public final class ListingBenchmark {

  private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
  private static final String[] STATUSES = {"sent", "delivered", "read", "delivered", "read", "failed"};
  private static final Sort<Message> NEWEST_FIRST = new Sort<>(MessageFields.CREATED_AT, true);
  private static final Sort<Message> OLDEST_FIRST = new Sort<>(MessageFields.CREATED_AT, false);

  private final int messages;
  private final int threads;
  private final int iterations;
  private final OrganizationId organization = new OrganizationId(UUID.randomUUID());
  private final List<UUID> threadIds = new ArrayList<>();

  private ListingBenchmark(int messages, int threads, int iterations) {
    this.messages = messages;
    this.threads = threads;
    this.iterations = iterations;
  }

  public static void main(String[] args) throws Exception {
    int messages = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    String only = args.length > 3 ? args[3] : "all";
    ListingBenchmark benchmark = new ListingBenchmark(messages, threads, iterations);
    System.out.printf(Locale.ROOT, "ListingBenchmark: %,d messages over %,d threads, one organization, %d timed runs"
        + " per query (after %d warm-up runs)%n", messages, threads, iterations, iterations / 4);
    if (!only.equals("h2")) {
      try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
          .setServerConfig("shared_buffers", "512MB")
          .setServerConfig("work_mem", "16MB")
          .setServerConfig("max_wal_size", "4GB")
          .setServerConfig("fsync", "off")
          .setServerConfig("synchronous_commit", "off")
          .setServerConfig("log_min_duration_statement", System.getProperty("bench.logSlowerThanMs", "-1"))
          .start()) {
        String version;
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
            Statement statement = connection.createStatement()) {
          statement.execute("CREATE DATABASE bench");
          ResultSet rs = statement.executeQuery("SHOW server_version");
          rs.next();
          version = rs.getString(1);
        }
        PersistenceConfig config = PersistenceConfig.of(postgres.getJdbcUrl("postgres", "bench"), "postgres", "");
        try (HikariDataSource pool = DataSources.hikari(config)) {
          benchmark.run("PostgreSQL " + version + " (embedded)", pool, true);
        }
      }
    }
    if (!only.equals("pg")) {
      Path directory = Files.createTempDirectory("switchboard-bench-h2");
      try (HikariDataSource pool = DataSources.hikari(h2Config(directory))) {
        benchmark.run("H2 2.5.252 (file " + directory + ")", pool, false);
      }
    }
  }

  private void run(String database, DataSource dataSource, boolean postgres) throws Exception {
    JdbiPersistence persistence = JdbiPersistence.create(dataSource);
    long loadStart = System.nanoTime();
    load(dataSource, postgres);
    System.out.printf(Locale.ROOT, "%n== %s: loaded in %.1f s%n", database, (System.nanoTime() - loadStart) / 1e9);
    MessageRepository repository = persistence.messages();
    if (Boolean.getBoolean("bench.explain")) {
      explain(dataSource, postgres);
    }
    SplittableRandom random = new SplittableRandom(42);

    // The row just before page 1,000 (25 a page) in creation order: the cursor that page is asked for with.
    int deep = Math.max(2, Math.min(1000, messages / 25));
    Page<Message> page999 = repository.list(organization, new ListQuery<>(List.of(), List.of(OLDEST_FIRST),
        new PageRequest.Numbered(deep - 1, 25)));
    Cursor beforePage1000 = Cursor.of(page999.items().getLast(), List.of(OLDEST_FIRST), MessageFields.ID);

    // A thread's first page both ways: page[after]= (keyset, no cursor yet; no totals) and page[number]=1 (with
    // totals, so it also runs COUNT(*) over the organization and over the thread).
    measure("thread's first page, keyset page[after]= (no totals)", () -> repository.list(organization,
        new ListQuery<>(List.of(threadFilter(random)), List.of(NEWEST_FIRST),
            new PageRequest.Keyset(Optional.empty(), false, 25))));
    measure("thread's first page, page[number]=1 (with totals)", () -> repository.list(organization,
        new ListQuery<>(List.of(threadFilter(random)), List.of(NEWEST_FIRST), new PageRequest.Numbered(1, 25))));
    measure("all messages, page 1,000 by number (with totals)", () -> repository.list(organization,
        new ListQuery<>(List.of(), List.of(OLDEST_FIRST), new PageRequest.Numbered(deep, 25))));
    measure("all messages, page 1,000 by cursor (no totals)", () -> repository.list(organization,
        new ListQuery<>(List.of(), List.of(OLDEST_FIRST),
            new PageRequest.Keyset(Optional.of(beforePage1000), false, 25))));
    measure("filtered count (deliveryStatus=failed; page of 1)", () -> repository.list(organization,
        new ListQuery<>(List.of(Filter.of(MessageFields.DELIVERY_STATUS, Operator.EQ, List.of("failed"))),
            List.of(), new PageRequest.Numbered(1, 1))));
    // Numbered pages also count the organization's rows (Totals.totalUnfiltered) and the filtered rows
    // (Totals.total); keyset pages do not. Below, the statements of a listing one by one, as SqlListing writes them,
    // to show where the time goes.
    String columns = "id, organization_id, thread_id, channel, origin, send_by, payload_type, payload, email_headers,"
        + " delivery_status, error_messages, provider_message_id, created_at, updated_at";
    Message cursorRow = page999.items().getLast();
    try (Connection connection = dataSource.getConnection()) {
      measureSql(connection, "  SQL alone: COUNT(*) of the organization (totalUnfiltered)",
          "SELECT COUNT(*) FROM messages WHERE organization_id = ?", organization.value());
      measureSql(connection, "  SQL alone: COUNT(*) of one thread (total, numbered only)",
          "SELECT COUNT(*) FROM messages WHERE organization_id = ? AND thread_id = ?",
          organization.value(), threadIds.get(17));
      measureSql(connection, "  SQL alone: thread's first page rows (LIMIT 26)",
          "SELECT " + columns + " FROM messages WHERE organization_id = ? AND thread_id = ?"
              + " ORDER BY created_at DESC, id DESC LIMIT 26", organization.value(), threadIds.get(17));
      measureSql(connection, "  SQL alone: page 1,000 rows by cursor (LIMIT 26)",
          "SELECT " + columns + " FROM messages WHERE organization_id = ? AND created_at >= ? AND"
              + " ((created_at > ?) OR (created_at = ? AND id > ?)) ORDER BY created_at ASC, id ASC LIMIT 26",
          organization.value(), timestamp(cursorRow), timestamp(cursorRow), timestamp(cursorRow),
          cursorRow.id().value());
      measureSql(connection, "  SQL alone: page 1,000 rows by number (OFFSET 24,975)",
          "SELECT " + columns + " FROM messages WHERE organization_id = ?"
              + " ORDER BY created_at ASC, id ASC LIMIT 25 OFFSET " + (deep - 1) * 25, organization.value());
      measureSql(connection, "  SQL alone: COUNT(*) WHERE delivery_status = 'failed'",
          "SELECT COUNT(*) FROM messages WHERE organization_id = ? AND delivery_status = ?",
          organization.value(), "failed");
    }
  }

  private static Object timestamp(Message message) {
    return message.createdAt().atOffset(ZoneOffset.UTC);
  }

  private void measureSql(Connection connection, String name, String sql, Object... params) throws Exception {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setObject(i + 1, params[i]);
      }
      measure(name, () -> {
        try (ResultSet rs = statement.executeQuery()) {
          int rows = 0;
          while (rs.next()) {
            rows++;
          }
          return rows;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
    }
  }

  /**
   * The default H2 options, except that H2 may not hand back the previous result of an identical query over
   * unchanged tables (it would, and the benchmark would time a cache).
   */
  private static PersistenceConfig h2Config(Path directory) {
    String url = PersistenceConfig.h2File(directory).jdbcUrl() + ";OPTIMIZE_REUSE_RESULTS=FALSE";
    return PersistenceConfig.of(url, "sa", "");
  }

  /** Prints the plans of the statements a thread's first page runs (with -Dbench.explain=true). */
  private void explain(DataSource dataSource, boolean postgres) throws Exception {
    String prefix = postgres ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN ANALYZE ";
    String thread = "'" + threadIds.getFirst() + "'";
    String org = "'" + organization.value() + "'";
    List<String> statements = List.of(
        "SELECT COUNT(*) FROM messages WHERE organization_id = " + org,
        "SELECT COUNT(*) FROM messages WHERE organization_id = " + org + " AND thread_id = " + thread,
        "SELECT * FROM messages WHERE organization_id = " + org + " AND thread_id = " + thread
            + " ORDER BY created_at DESC, id DESC LIMIT 26",
        "SELECT * FROM messages WHERE organization_id = " + org + " AND created_at >= '2025-01-01T00:10:00Z' AND"
            + " ((created_at > '2025-01-01T00:10:00Z') OR (created_at = '2025-01-01T00:10:00Z' AND id > "
            + thread + ")) ORDER BY created_at ASC, id ASC LIMIT 26");
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        System.out.println(sql);
        try (ResultSet rs = statement.executeQuery(prefix + sql)) {
          while (rs.next()) {
            System.out.println("    " + rs.getString(1));
          }
        }
      }
    }
  }

  private Filter<Message> threadFilter(SplittableRandom random) {
    return Filter.of(MessageFields.MESSAGE_THREAD_ID, Operator.EQ,
        List.of(threadIds.get(random.nextInt(threadIds.size())).toString()));
  }

  private void measure(String name, Supplier<?> query) {
    for (int i = 0; i < iterations / 4; i++) {
      query.get();
    }
    long[] nanos = new long[iterations];
    for (int i = 0; i < iterations; i++) {
      long start = System.nanoTime();
      query.get();
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    double median = nanos[iterations / 2] / 1e6;
    double p99 = nanos[Math.min(iterations - 1, (int) Math.ceil(iterations * 0.99) - 1)] / 1e6;
    System.out.printf(Locale.ROOT, "%-58s median %8.2f ms   p99 %8.2f ms%n", name, median, p99);
  }

  /** Threads, then messages in creation order, in JDBC batches of 1,000 committed every 20,000. */
  private void load(DataSource dataSource, boolean postgres) throws Exception {
    SplittableRandom random = new SplittableRandom(7);
    threadIds.clear();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO threads (id, organization_id, channel,"
          + " identifier, chatbot_paused, candidate_id, created_at, updated_at, last_inbound_at)"
          + " VALUES (?, ?, 'whatsapp', ?, false, NULL, ?, ?, NULL)")) {
        for (int t = 0; t < threads; t++) {
          UUID id = uuidV7(START.toEpochMilli() + t, random);
          threadIds.add(id);
          insert.setObject(1, id);
          insert.setObject(2, organization.value());
          insert.setString(3, "3161" + String.format("%07d", t));
          insert.setObject(4, START.atOffset(ZoneOffset.UTC));
          insert.setObject(5, START.atOffset(ZoneOffset.UTC));
          insert.addBatch();
          if (t % 1000 == 999) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      connection.commit();
      String payload = "{\"type\":\"text\",\"value\":\"Hello Jane, thanks for your application. When can you talk?\"}";
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO messages (id, organization_id,"
          + " thread_id, channel, origin, send_by, payload_type, payload, email_headers, delivery_status,"
          + " error_messages, provider_message_id, inbound_provider_message_id, created_at, updated_at)"
          + " VALUES (?, ?, ?, 'whatsapp', 'outbound', 'recruiter-rita', 'text', ?, NULL, ?, ?, ?, NULL, ?, ?)")) {
        for (int m = 0; m < messages; m++) {
          // two messages per millisecond, so runs of equal timestamps are common
          Instant created = START.plusMillis(60_000 + m / 2);
          String status = STATUSES[random.nextInt(STATUSES.length)];
          insert.setObject(1, uuidV7(created.toEpochMilli(), random));
          insert.setObject(2, organization.value());
          insert.setObject(3, threadIds.get(random.nextInt(threadIds.size())));
          insert.setString(4, payload);
          insert.setString(5, status);
          insert.setString(6, status.equals("failed") ? "[\"131026: message undeliverable\"]" : "[]");
          insert.setString(7, "wamid." + m);
          insert.setObject(8, created.atOffset(ZoneOffset.UTC));
          insert.setObject(9, created.plusSeconds(3).atOffset(ZoneOffset.UTC));
          insert.addBatch();
          if (m % 1000 == 999) {
            insert.executeBatch();
          }
          if (m % 20_000 == 19_999) {
            connection.commit();
          }
        }
        insert.executeBatch();
      }
      connection.commit();
      connection.setAutoCommit(true);
      try (Statement statement = connection.createStatement()) {
        statement.execute(postgres ? "VACUUM ANALYZE" : "ANALYZE");
      }
    }
  }

  private static UUID uuidV7(long millis, SplittableRandom random) {
    long high = (millis << 16) | 0x7000L | random.nextInt(0x1000);
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low);
  }
}
