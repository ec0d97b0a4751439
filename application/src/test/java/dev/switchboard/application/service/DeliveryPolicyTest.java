package dev.switchboard.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeliveryPolicyTest {

  private final DeliveryPolicy policy =
      new DeliveryPolicy(10, Duration.ofMinutes(2), 8, Duration.ofSeconds(2), Duration.ofMinutes(10));

  @Test
  void givenNoJitter_backoff_isHalfTheNominalDelay() {
    Duration first = policy.backoff(0, 0.0);
    Duration third = policy.backoff(2, 0.0);

    assertThat(first).isEqualTo(Duration.ofSeconds(1));
    assertThat(third).isEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void givenFullJitter_backoff_approachesTheNominalDelay() {
    Duration backoff = policy.backoff(3, 0.999);

    assertThat(backoff).isBetween(Duration.ofMillis(15_990), Duration.ofSeconds(16));
  }

  @Test
  void givenManyAttempts_backoff_isCappedAtTheMaximum() {
    Duration late = policy.backoff(30, 0.999);

    assertThat(late).isLessThanOrEqualTo(Duration.ofMinutes(10));
    assertThat(late).isGreaterThan(Duration.ofMinutes(9));
  }

  @Test
  void givenHugeAttemptCount_backoff_doesNotOverflow() {
    Duration backoff = policy.backoff(Integer.MAX_VALUE, 0.0);

    assertThat(backoff).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void givenZeroBatchSize_construct_isRefused() {
    assertThatThrownBy(() -> new DeliveryPolicy(0, Duration.ofMinutes(2), 8, Duration.ofSeconds(2), Duration.ofMinutes(10)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
