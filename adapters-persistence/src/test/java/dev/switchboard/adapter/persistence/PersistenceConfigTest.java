package dev.switchboard.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.switchboard.adapter.persistence.testing.TestDatabase;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.thread.MessageThread;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceConfigTest {

  @Test
  void theDefaultIsAnH2FileUnderData() {
    PersistenceConfig config = PersistenceConfig.defaults();
    assertThat(config.jdbcUrl())
        .startsWith("jdbc:h2:file:./data/switchboard;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
        .isEqualTo(PersistenceConfig.DEFAULT_JDBC_URL);
    assertThat(config.toString()).doesNotContain("password=" + config.password() + ",").contains("***");
  }

  @Test
  void refusesOtherDatabasesAndEmptyPools() {
    assertThatThrownBy(() -> PersistenceConfig.of("jdbc:mysql://localhost/x", "u", "p"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PersistenceConfig.defaults().withMaxPoolSize(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The default H2 options work with the H2 version in use, and a file database keeps its rows across restarts. */
  @Test
  void anH2FileDatabaseSurvivesARestart(@TempDir Path directory) {
    OrganizationId org = new OrganizationId(UUID.randomUUID());
    MessageThread thread = PersistenceContract.whatsapp(org, 1);
    try (HikariDataSource pool = DataSources.hikari(PersistenceConfig.h2File(directory))) {
      JdbiPersistence persistence = JdbiPersistence.create(pool);
      assertThat(persistence.isPostgresql()).isFalse();
      persistence.threads().insert(thread);
    }
    try (HikariDataSource pool = DataSources.hikari(PersistenceConfig.h2File(directory))) {
      JdbiPersistence persistence = JdbiPersistence.create(pool);
      assertThat(persistence.threads().findByIdentifier(org, Channel.WHATSAPP, thread.identifier())).contains(thread);
    }
    assertThat(directory.resolve("switchboard.mv.db")).exists();
  }

  @Test
  void anExternalServerUrlGetsAnotherDatabase() {
    assertThat(TestDatabase.withDatabase("jdbc:postgresql://db:5432/app?ssl=true", "t1"))
        .isEqualTo("jdbc:postgresql://db:5432/t1?ssl=true");
    assertThat(TestDatabase.withDatabase("jdbc:postgresql://db/", "t1")).isEqualTo("jdbc:postgresql://db/t1");
    assertThat(TestDatabase.withDatabase("jdbc:postgresql://db:5432", "t1")).isEqualTo("jdbc:postgresql://db:5432/t1");
  }

  @Test
  void likePatternsEscapeTheirWildcards() {
    assertThat(SqlListing.escapeLike("50%_a\\b")).isEqualTo("50\\%\\_a\\\\b");
  }
}
