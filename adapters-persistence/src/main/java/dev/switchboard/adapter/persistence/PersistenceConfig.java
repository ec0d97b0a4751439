package dev.switchboard.adapter.persistence;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the database is and how the connection pool behaves. The default is an embedded H2 file database under
 * {@code ./data}; a {@code jdbc:postgresql:} URL switches to PostgreSQL. Nothing else changes between the two.
 *
 * @param jdbcUrl the JDBC URL
 * @param user the database user (H2: any, an empty password is fine)
 * @param password the password; never logged
 * @param maxPoolSize the most connections the pool opens
 * @param connectionTimeout how long a caller waits for a free connection before failing
 * @param validationTimeout how long a connection check may take
 * @param idleTimeout when an idle connection above the minimum is closed
 * @param maxLifetime when a connection is replaced, to stay below server and firewall limits
 */
public record PersistenceConfig(
    String jdbcUrl,
    String user,
    String password,
    int maxPoolSize,
    Duration connectionTimeout,
    Duration validationTimeout,
    Duration idleTimeout,
    Duration maxLifetime) {

  /**
   * H2 options that make it behave like PostgreSQL for this adapter: PostgreSQL mode, lower-case unquoted names, NULLs
   * sorted last in ascending order (as PostgreSQL does), and a lock wait long enough for row locks held by a
   * transaction that is doing real work. H2's own shutdown hook is off: it would close the database under workers
   * that are still finishing on SIGTERM; closing the pool closes the database instead.
   */
  public static final String H2_OPTIONS =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE";

  /**
   * For H2 files: write each commit to the file at once. H2 otherwise keeps commits in memory for up to a second, so a
   * killed process (SIGKILL, OOM) would lose messages it had already answered 201 for; the crash test caught that.
   */
  public static final String H2_FILE_OPTIONS = ";WRITE_DELAY=0";

  /** The default database: an H2 file in {@code ./data}. */
  public static final String DEFAULT_JDBC_URL = "jdbc:h2:file:./data/switchboard" + H2_OPTIONS + H2_FILE_OPTIONS;

  public static final int DEFAULT_MAX_POOL_SIZE = 10;

  public PersistenceConfig {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(connectionTimeout, "connectionTimeout");
    Objects.requireNonNull(validationTimeout, "validationTimeout");
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    Objects.requireNonNull(maxLifetime, "maxLifetime");
    if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("only H2 (jdbc:h2:...) and PostgreSQL (jdbc:postgresql:...) are supported");
    }
    if (maxPoolSize < 1) {
      throw new IllegalArgumentException("maxPoolSize must be at least 1");
    }
  }

  /** {@code jdbcUrl} with the default pool settings. */
  public static PersistenceConfig of(String jdbcUrl, String user, String password) {
    return new PersistenceConfig(
        jdbcUrl,
        user,
        password,
        DEFAULT_MAX_POOL_SIZE,
        Duration.ofSeconds(10),
        Duration.ofSeconds(3),
        Duration.ofMinutes(10),
        Duration.ofMinutes(30));
  }

  /** The default: an H2 file database {@code ./data/switchboard.mv.db}. */
  public static PersistenceConfig defaults() {
    return of(DEFAULT_JDBC_URL, "sa", "");
  }

  /** An H2 file database {@code switchboard.mv.db} in {@code dataDirectory}. */
  public static PersistenceConfig h2File(Path dataDirectory) {
    String path = dataDirectory.toAbsolutePath().resolve("switchboard").toString().replace('\\', '/');
    return of("jdbc:h2:file:" + path + H2_OPTIONS + H2_FILE_OPTIONS, "sa", "");
  }

  public PersistenceConfig withMaxPoolSize(int size) {
    return new PersistenceConfig(
        jdbcUrl, user, password, size, connectionTimeout, validationTimeout, idleTimeout, maxLifetime);
  }

  @Override
  public String toString() {
    return "PersistenceConfig[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=***, maxPoolSize=" + maxPoolSize
        + ", connectionTimeout=" + connectionTimeout + "]";
  }
}
