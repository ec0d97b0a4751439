package dev.switchboard.adapter.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/** The two databases the adapter runs on; the SQL is shared except where noted here. */
enum Database {
  H2(""),
  POSTGRESQL(" COLLATE \"C\"");

  /**
   * What follows the type of text columns that are sorted or range-compared. PostgreSQL compares text by the
   * database's locale unless told otherwise; "C" compares by code point, as H2 and the in-memory adapters do, and
   * keeps the result independent of how the server was set up. H2 has no column collations (and needs none).
   */
  private final String textCollation;

  Database(String textCollation) {
    this.textCollation = textCollation;
  }

  /** Flyway placeholders for the migrations. */
  Map<String, String> placeholders() {
    return Map.of("text_collation", textCollation);
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
