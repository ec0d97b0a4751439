package dev.switchboard.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AppConfigTest {

  private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

  @Test
  void givenPostgresWithoutCredentialsKey_startIsRefusedNamingTheSetting() {
    Settings settings = Settings.of(Map.of("SWITCHBOARD_DB_URL", "jdbc:postgresql://db:5432/switchboard"));

    assertThatThrownBy(() -> AppConfig.from(settings))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("SWITCHBOARD_CREDENTIALS_KEY is required with PostgreSQL");
  }

  @Test
  void givenCredentialsKey_itIsCheckedButNeverPrinted() {
    AppConfig config = AppConfig.from(Settings.of(Map.of(
        "SWITCHBOARD_CREDENTIALS_KEY", KEY, "SWITCHBOARD_PUBLIC_URL", "https://sb.example.com/")));

    assertThat(config.channels().toString()).doesNotContain(KEY).contains("<configured>");
    assertThat(config.channels().publicUrl()).contains(java.net.URI.create("https://sb.example.com"));
  }

  @Test
  void givenH2FileWithoutKey_theServerGeneratesAnOwnerOnlyKeyFileOnce(@TempDir Path data) throws IOException {
    AppConfig config = AppConfig.from(Settings.of(Map.of("SWITCHBOARD_DATA_DIR", data.toString())));

    CredentialsKeys.resolve(config.channels(), config.database());
    String generated = Files.readString(data.resolve(CredentialsKeys.KEY_FILE));
    CredentialsKeys.resolve(config.channels(), config.database());

    assertThat(Files.readString(data.resolve(CredentialsKeys.KEY_FILE))).isEqualTo(generated);
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(data.resolve(CredentialsKeys.KEY_FILE)))).isEqualTo("rw-------");
  }

  @Test
  void givenNoSettings_defaultsAreAnH2FileUnderDataAndPort8080() {
    AppConfig config = AppConfig.from(Settings.of(Map.of()));

    assertThat(config.port()).isEqualTo(8080);
    assertThat(config.database().jdbcUrl()).startsWith("jdbc:h2:file:").contains("/data/switchboard;MODE=PostgreSQL");
    assertThat(config.maxRequestBytes()).isEqualTo(1024 * 1024);
    assertThat(config.provisioning().organizationKey()).isEmpty();
    assertThat(config.sandbox().readDelay()).isEmpty();
    assertThat(config.apiKeyCache()).isEqualTo(Duration.ofSeconds(5));
  }

  @ParameterizedTest
  @CsvSource({"0, 0", "30, 30"})
  void givenApiKeyCacheSeconds_keysAreRememberedThatLong_zeroMeaningNotAtAll(String value, long seconds) {
    AppConfig config = AppConfig.from(Settings.of(Map.of("SWITCHBOARD_API_KEY_CACHE_SECONDS", value)));

    assertThat(config.apiKeyCache()).isEqualTo(Duration.ofSeconds(seconds));
  }

  @Test
  void givenPostgresUrl_databaseUsesItWithUserAndPassword() {
    AppConfig config = AppConfig.from(Settings.of(Map.of(
        "SWITCHBOARD_DB_URL", "jdbc:postgresql://db:5432/switchboard",
        "SWITCHBOARD_DB_USER", "app",
        "SWITCHBOARD_DB_PASSWORD", "s3cret",
        "SWITCHBOARD_DB_POOL_SIZE", "20",
        "SWITCHBOARD_CREDENTIALS_KEY", KEY)));

    assertThat(config.database().jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/switchboard");
    assertThat(config.database().user()).isEqualTo("app");
    assertThat(config.database().maxPoolSize()).isEqualTo(20);
    assertThat(config.database().toString()).doesNotContain("s3cret");
  }

  @ParameterizedTest
  @CsvSource({
    "SWITCHBOARD_PORT, eighty, SWITCHBOARD_PORT must be a whole number",
    "SWITCHBOARD_PORT, 70000, SWITCHBOARD_PORT must be between 0 and 65535",
    "SWITCHBOARD_DB_URL, jdbc:mysql://x/y, SWITCHBOARD_DB_URL: only H2",
    "SWITCHBOARD_DB_POOL_SIZE, 0, SWITCHBOARD_DB_POOL_SIZE must be between 1 and 500",
    "SWITCHBOARD_API_KEY_CACHE_SECONDS, 5s, SWITCHBOARD_API_KEY_CACHE_SECONDS must be a whole number",
    "SWITCHBOARD_API_KEY_CACHE_SECONDS, -1, SWITCHBOARD_API_KEY_CACHE_SECONDS must be between 0 and 300",
    "SWITCHBOARD_DELIVERY_POLL_INTERVAL, 10 seconds, SWITCHBOARD_DELIVERY_POLL_INTERVAL must be a duration",
    "SWITCHBOARD_SANDBOX_READ_DELAY, soon, SWITCHBOARD_SANDBOX_READ_DELAY must be a duration",
    "SWITCHBOARD_API_KEY, short, SWITCHBOARD_API_KEY must be at least 16 characters",
    "SWITCHBOARD_CREDENTIALS_KEY, c2hvcnQ=, SWITCHBOARD_CREDENTIALS_KEY: the credentials key must be 32 bytes",
    "SWITCHBOARD_PUBLIC_URL, sb.example.com, SWITCHBOARD_PUBLIC_URL must be an absolute http(s) URL",
    "SWITCHBOARD_CHANNEL_SEND_RATE, -1, SWITCHBOARD_CHANNEL_SEND_RATE must be a positive number",
    "SWITCHBOARD_DELIVERY_WORKERS, 0, SWITCHBOARD_DELIVERY_WORKERS must be between 1 and 64",
    "SWITCHBOARD_WEBHOOK_RETRY_SCHEDULE, 30s;5m, SWITCHBOARD_WEBHOOK_RETRY_SCHEDULE must be a duration",
    "SWITCHBOARD_WEBHOOK_ALLOW_PRIVATE_TARGETS, maybe, SWITCHBOARD_WEBHOOK_ALLOW_PRIVATE_TARGETS must be true or false",
  })
  void givenAMalformedSetting_startIsRefusedNamingIt(String name, String value, String message) {
    Settings settings = Settings.of(Map.of(name, value));

    assertThatThrownBy(() -> AppConfig.from(settings))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void givenNoWebhookSettings_retriesFollowTheDocumentedScheduleAndPrivateTargetsAreRefused() {
    WebhookSettings webhooks = AppConfig.from(Settings.of(Map.of())).webhooks();

    assertThat(webhooks.policy().retries().delays()).containsExactly(
        Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(21));
    assertThat(webhooks.sender().allowPrivateTargets()).isFalse();
    assertThat(webhooks.worker()).isTrue();
  }

  @Test
  void givenAWebhookRetrySchedule_itIsReadInOrder() {
    WebhookSettings webhooks = AppConfig.from(Settings.of(Map.of(
        "SWITCHBOARD_WEBHOOK_RETRY_SCHEDULE", "100ms, 1s,2m",
        "SWITCHBOARD_WEBHOOK_ALLOW_PRIVATE_TARGETS", "true"))).webhooks();

    assertThat(webhooks.policy().retries().delays())
        .containsExactly(Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofMinutes(2));
    assertThat(webhooks.sender().allowPrivateTargets()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"500ms, 500", "30s, 30000", "5m, 300000", "2h, 7200000", "1d, 86400000"})
  void durationsTakeAUnit(String text, long millis) {
    assertThat(Settings.parseDuration("X", text)).isEqualTo(Duration.ofMillis(millis));
  }

  @Test
  void givenAConfigFile_itsValuesApplyAndTheEnvironmentWins(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("switchboard.properties");
    Files.writeString(file, "SWITCHBOARD_PORT=9000\nSWITCHBOARD_SANDBOX_READ_DELAY=2s\n");

    AppConfig config = AppConfig.from(Settings.load(Map.of(
        "SWITCHBOARD_CONFIG_FILE", file.toString(),
        "SWITCHBOARD_PORT", "9100",
        "PATH", "/usr/bin")));

    assertThat(config.port()).isEqualTo(9100);
    assertThat(config.sandbox().readDelay()).isEqualTo(Optional.of(Duration.ofSeconds(2)));
  }

  @Test
  void givenAMissingConfigFile_startIsRefusedNamingTheSetting() {
    assertThatThrownBy(() -> Settings.load(Map.of("SWITCHBOARD_CONFIG_FILE", "/nonexistent/switchboard.properties")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("SWITCHBOARD_CONFIG_FILE: cannot read /nonexistent/switchboard.properties");
  }
}
