package dev.switchboard.adapter.channel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HttpOutcomesTest {

  private static final Instant NOW = Instant.parse("2025-03-10T09:00:00Z");

  @Test
  void givenSeconds_retryAfter_isThatDelay() {
    assertThat(HttpOutcomes.parseRetryAfter(" 120 ", NOW)).contains(Duration.ofMinutes(2));
  }

  @Test
  void givenHttpDate_retryAfter_isTheTimeUntilThen() {
    assertThat(HttpOutcomes.parseRetryAfter("Mon, 10 Mar 2025 09:00:45 GMT", NOW)).contains(Duration.ofSeconds(45));
    assertThat(HttpOutcomes.parseRetryAfter("Mon, 10 Mar 2025 08:00:00 GMT", NOW)).contains(Duration.ZERO);
  }

  @Test
  void givenGarbage_retryAfter_isEmpty() {
    assertThat(HttpOutcomes.parseRetryAfter("soon", NOW)).isEmpty();
    assertThat(HttpOutcomes.parseRetryAfter("-5", NOW)).isEmpty();
  }

  @Test
  void givenSecrets_mask_showsNeitherValueNorMostOfIt() {
    assertThat(Signatures.mask("EAAG-very-long-access-token")).isEqualTo("***en (27 chars)");
    assertThat(Signatures.mask("short")).isEqualTo("*** (5 chars)");
  }
}
