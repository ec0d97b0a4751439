package dev.switchboard.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** Builds connection pools. */
public final class DataSources {

  private DataSources() {}

  /**
   * A HikariCP pool for {@code config}, with every timeout set. Close it when the application stops; for an embedded
   * H2 file database that also closes the database cleanly.
   */
  public static HikariDataSource hikari(PersistenceConfig config) {
    HikariConfig hikari = new HikariConfig();
    hikari.setPoolName("switchboard");
    hikari.setJdbcUrl(config.jdbcUrl());
    hikari.setUsername(config.user());
    hikari.setPassword(config.password());
    hikari.setMaximumPoolSize(config.maxPoolSize());
    hikari.setMinimumIdle(Math.min(2, config.maxPoolSize()));
    hikari.setConnectionTimeout(config.connectionTimeout().toMillis());
    hikari.setValidationTimeout(config.validationTimeout().toMillis());
    hikari.setIdleTimeout(config.idleTimeout().toMillis());
    hikari.setMaxLifetime(config.maxLifetime().toMillis());
    hikari.setAutoCommit(true);
    if (config.jdbcUrl().startsWith("jdbc:h2:")) {
      hikari.setDriverClassName("org.h2.Driver");
    } else {
      hikari.setDriverClassName("org.postgresql.Driver");
      // A batch of inserts travels as multi-row INSERTs: one statement per table for a group of accepted messages.
      hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
    }
    return new HikariDataSource(hikari);
  }
}
