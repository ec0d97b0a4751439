package dev.switchboard.adapter.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/** The two databases the adapter runs on; the SQL is shared except where noted here. */
enum Database {
  H2("", 1000),
  POSTGRESQL(" COLLATE \"C\"", 1);

  /**
   * What follows the type of text columns that are sorted or range-compared. PostgreSQL compares text by the
   * database's locale unless told otherwise; "C" compares by code point, as H2 and the in-memory adapters do, and
   * keeps the result independent of how the server was set up. H2 has no column collations (and needs none).
   */
  private final String textCollation;

  /**
   * How many values of an identity column's sequence are handed out between two writes of the sequence. H2 keeps one
   * sequence for the database and writes it to its metadata, in a commit of its own, each time the cached values run
   * out: at its default of 32 that was a fifth of the accept writer's time under load. PostgreSQL caches values per
   * session instead, so any cache there would hand out seq values out of insertion order: it keeps the default, 1.
   */
  private final int identityCache;

  Database(String textCollation, int identityCache) {
    this.textCollation = textCollation;
    this.identityCache = identityCache;
  }

  /** Flyway placeholders for the migrations. */
  Map<String, String> placeholders() {
    return Map.of("text_collation", textCollation, "identity_cache", Integer.toString(identityCache));
  }

  static Database detect(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.contains("h2")) {
        return H2;
      }
      if (product.contains("postgres")) {
        return POSTGRESQL;
      }
      throw new IllegalStateException("unsupported database: " + product + " (use H2 or PostgreSQL)");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
    }
  }
}
