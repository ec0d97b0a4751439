package dev.switchboard.adapter.persistence;

import com.zaxxer.hikari.HikariDataSource;
import dev.switchboard.application.port.out.DeliveryQueue;
import dev.switchboard.application.port.out.EventSink;
import dev.switchboard.application.port.out.MessageRepository;
import dev.switchboard.application.port.out.MessageTemplateRepository;
import dev.switchboard.application.port.out.MessageThreadRepository;
import dev.switchboard.application.port.out.TransactionBoundary;
import dev.switchboard.domain.organization.OrganizationId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/** The Jdbi adapters on a database of their own, dropped (or forgotten, for in-memory H2) on close. */
final class JdbiBackend implements Backend {

  static final String EXTERNAL_URL = "SWITCHBOARD_TEST_POSTGRES_URL";

  private final HikariDataSource pool;
  private final JdbiPersistence persistence;
  private final Runnable cleanup;

  private JdbiBackend(PersistenceConfig config, Runnable cleanup) {
    this.pool = DataSources.hikari(config.withMaxPoolSize(6));
    this.persistence = JdbiPersistence.create(pool);
    this.cleanup = cleanup;
  }

  /** A fresh in-memory H2 database. */
  static JdbiBackend h2() {
    String url = "jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + PersistenceConfig.H2_OPTIONS;
    return new JdbiBackend(PersistenceConfig.of(url, "sa", ""), () -> {
      try (Connection connection = DriverManager.getConnection(url, "sa", "");
          Statement statement = connection.createStatement()) {
        statement.execute("SHUTDOWN");
      } catch (SQLException ignored) {
        // already gone
      }
    });
  }

  /** A fresh database on the embedded PostgreSQL server this JVM shares. */
  static JdbiBackend embeddedPostgres() {
    EmbeddedPostgresServer server = EmbeddedPostgresServer.get();
    String database = server.createDatabase();
    return new JdbiBackend(
        PersistenceConfig.of(server.jdbcUrl(database), EmbeddedPostgresServer.USER, EmbeddedPostgresServer.USER),
        () -> server.dropDatabase(database));
  }

  /**
   * A fresh database on the server {@code SWITCHBOARD_TEST_POSTGRES_URL} points at (with {@code _USER} and
   * {@code _PASSWORD}); skipped when it is not set. The user needs the right to create databases.
   */
  static JdbiBackend externalPostgres() {
    String url = System.getenv(EXTERNAL_URL);
    Assumptions.assumeTrue(url != null && !url.isBlank(), EXTERNAL_URL + " is not set");
    String user = System.getenv().getOrDefault(EXTERNAL_URL.replace("_URL", "_USER"), "postgres");
    String password = System.getenv().getOrDefault(EXTERNAL_URL.replace("_URL", "_PASSWORD"), "");
    String database = "switchboard_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    execute(url, user, password, "CREATE DATABASE " + database);
    String databaseUrl = withDatabase(url, database);
    return new JdbiBackend(PersistenceConfig.of(databaseUrl, user, password), () -> execute(
        url, user, password, "DROP DATABASE IF EXISTS " + database));
  }

  /** {@code jdbc:postgresql://host:port/db?params} with another database. */
  static String withDatabase(String url, String database) {
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

  javax.sql.DataSource dataSource() {
    return pool;
  }

  JdbiPersistence persistence() {
    return persistence;
  }

  @Override
  public MessageThreadRepository threads() {
    return persistence.threads();
  }

  @Override
  public MessageRepository messages() {
    return persistence.messages();
  }

  @Override
  public MessageTemplateRepository templates() {
    return persistence.templates();
  }

  @Override
  public DeliveryQueue deliveryQueue() {
    return persistence.deliveryQueue();
  }

  @Override
  public EventSink events() {
    return persistence.events();
  }

  @Override
  public TransactionBoundary transactions() {
    return persistence.transactions();
  }

  @Override
  public long eventCount(OrganizationId organization) {
    return persistence.jdbi().withHandle(handle -> handle
        .createQuery("SELECT COUNT(*) FROM events WHERE organization_id = :org")
        .bind("org", organization.value())
        .mapTo(Long.class)
        .one());
  }

  /** Rows of {@code table} for the organization, for checks the ports cannot make. */
  long count(String table, OrganizationId organization) {
    return persistence.jdbi().withHandle(handle -> handle
        .createQuery("SELECT COUNT(*) FROM " + table + " WHERE organization_id = :org")
        .bind("org", organization.value())
        .mapTo(Long.class)
        .one());
  }

  @Override
  public void close() {
    pool.close();
    cleanup.run();
  }
}
