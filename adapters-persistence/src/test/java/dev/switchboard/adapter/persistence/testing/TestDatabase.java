package dev.switchboard.adapter.persistence.testing;

import dev.switchboard.adapter.persistence.PersistenceConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A database of a test's own: where it is, and how to drop it afterwards. Shared with other modules through this
 * module's test-jar, so that bootstrap runs its suites on the same three databases.
 */
public record TestDatabase(PersistenceConfig config, Runnable drop) implements AutoCloseable {

  /** Names the PostgreSQL server an extra test run uses; {@code _USER} and {@code _PASSWORD} go with it. */
  public static final String EXTERNAL_URL = "SWITCHBOARD_TEST_POSTGRES_URL";

  public TestDatabase {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(drop, "drop");
  }

  /** A fresh in-memory H2 database in PostgreSQL mode. */
  public static TestDatabase h2() {
    String url = "jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + PersistenceConfig.H2_OPTIONS;
    return new TestDatabase(PersistenceConfig.of(url, "sa", ""), () -> {
      try (Connection connection = DriverManager.getConnection(url, "sa", "");
          Statement statement = connection.createStatement()) {
        statement.execute("SHUTDOWN");
      } catch (SQLException ignored) {
        // already gone
      }
    });
  }

  /** A fresh database on the embedded PostgreSQL server this JVM shares. */
  public static TestDatabase embeddedPostgres() {
    return on(EmbeddedPostgresServer.get());
  }

  /** A fresh database on an embedded PostgreSQL server that flushes every commit to disk, as production does. */
  public static TestDatabase embeddedDurablePostgres() {
    return on(EmbeddedPostgresServer.durable());
  }

  private static TestDatabase on(EmbeddedPostgresServer server) {
    String database = server.createDatabase();
    return new TestDatabase(
        PersistenceConfig.of(server.jdbcUrl(database), EmbeddedPostgresServer.USER, EmbeddedPostgresServer.USER),
        () -> server.dropDatabase(database));
  }

  /**
   * A fresh database on the server {@value #EXTERNAL_URL} points at; the test is skipped when it is not set. The
   * user needs the right to create databases.
   */
  public static TestDatabase externalPostgres() {
    String url = System.getenv(EXTERNAL_URL);
    Assumptions.assumeTrue(url != null && !url.isBlank(), EXTERNAL_URL + " is not set");
    String user = System.getenv().getOrDefault(EXTERNAL_URL.replace("_URL", "_USER"), "postgres");
    String password = System.getenv().getOrDefault(EXTERNAL_URL.replace("_URL", "_PASSWORD"), "");
    String database = "switchboard_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    execute(url, user, password, "CREATE DATABASE " + database);
    return new TestDatabase(
        PersistenceConfig.of(withDatabase(url, database), user, password),
        () -> execute(url, user, password, "DROP DATABASE IF EXISTS " + database));
  }

  /** {@code jdbc:postgresql://host:port/db?params} with another database. */
  public static String withDatabase(String url, String database) {
    int start = url.indexOf('/', "jdbc:postgresql://".length());
    int query = url.indexOf('?');
    String prefix = start < 0 ? (query < 0 ? url : url.substring(0, query)) : url.substring(0, start);
    String params = query < 0 ? "" : url.substring(query);
    return prefix + "/" + database.toLowerCase(Locale.ROOT) + params;
  }

  private static void execute(String url, String user, String password, String sql) {
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    drop.run();
  }
}
