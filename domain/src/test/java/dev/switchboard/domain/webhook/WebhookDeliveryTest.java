package dev.switchboard.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.Validated;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.testing.Times;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {

  private static final RetrySchedule TWO_RETRIES = new RetrySchedule(List.of(Duration.ofSeconds(30), Duration.ofMinutes(5)));
  private static final AttemptOutcome OK = new AttemptOutcome.Responded(204, "");
  private static final AttemptOutcome SERVER_ERROR = new AttemptOutcome.Responded(500, "boom");
  private static final AttemptOutcome REFUSED = new AttemptOutcome.NotSent("connection refused");

  private static WebhookDelivery fresh() {
    return WebhookDelivery.pending(
        new WebhookDeliveryId(UUID.randomUUID()),
        new OrganizationId(UUID.randomUUID()),
        new WebhookId(UUID.randomUUID()),
        WebhookEvent.UPDATE,
        new ResourceRef(WebhookResource.MESSAGES, UUID.randomUUID()),
        7,
        Times.NOW);
  }

  private static WebhookDelivery attempt(WebhookDelivery delivery, Instant at, AttemptOutcome outcome) {
    return delivery.afterAttempt(new WebhookAttempt(at, outcome), TWO_RETRIES);
  }

  @Test
  void givenANewDelivery_itIsPendingAndDueAtOnce() {
    WebhookDelivery delivery = fresh();

    assertThat(delivery.status()).isEqualTo(DeliveryState.PENDING);
    assertThat(delivery.nextAttemptAt()).contains(Times.NOW);
  }

  @Test
  void givenA2xxResponse_afterAttempt_isDelivered() {
    WebhookDelivery delivered = attempt(fresh(), Times.NOW, OK);

    assertThat(delivered.status()).isEqualTo(DeliveryState.DELIVERED);
    assertThat(delivered.nextAttemptAt()).isEmpty();
    assertThat(delivered.attempts()).containsExactly(new WebhookAttempt(Times.NOW, OK));
  }

  @Test
  void givenFailures_afterAttempt_followsTheScheduleThenFails() {
    WebhookDelivery first = attempt(fresh(), Times.NOW, SERVER_ERROR);
    Instant retry1 = first.nextAttemptAt().orElseThrow();
    WebhookDelivery second = attempt(first, retry1, REFUSED);
    Instant retry2 = second.nextAttemptAt().orElseThrow();
    WebhookDelivery third = attempt(second, retry2, new AttemptOutcome.Responded(302, ""));

    assertThat(retry1).isEqualTo(Times.NOW.plusSeconds(30));
    assertThat(retry2).isEqualTo(retry1.plus(Duration.ofMinutes(5)));
    assertThat(third.status()).isEqualTo(DeliveryState.FAILED);
    assertThat(third.attempts()).hasSize(3);
  }

  @Test
  void givenAFailedDelivery_redeliver_triesOnceMoreWithoutRetries() {
    WebhookDelivery failed = attempt(fresh(), Times.NOW, SERVER_ERROR).afterAttempt(
        new WebhookAttempt(Times.NOW, SERVER_ERROR), new RetrySchedule(List.of()));
    assertThat(failed.status()).isEqualTo(DeliveryState.FAILED);

    WebhookDelivery again = failed.redeliver(Times.hoursLater(1)).orElseThrow();
    WebhookDelivery failedAgain = attempt(again, Times.hoursLater(1), REFUSED);
    WebhookDelivery delivered = attempt(failedAgain.redeliver(Times.hoursLater(2)).orElseThrow(), Times.hoursLater(2), OK);

    assertThat(again.status()).isEqualTo(DeliveryState.PENDING);
    assertThat(again.nextAttemptAt()).contains(Times.hoursLater(1));
    assertThat(failedAgain.status()).isEqualTo(DeliveryState.FAILED);
    assertThat(delivered.status()).isEqualTo(DeliveryState.DELIVERED);
    assertThat(delivered.attempts()).hasSize(4);
  }

  @Test
  void givenAPendingDelivery_redeliver_isRefused() {
    assertThat(fresh().redeliver(Times.NOW)).isInstanceOfSatisfying(Validated.Invalid.class, invalid ->
        assertThat(invalid.violation().code()).isEqualTo(WebhookDelivery.NOT_FAILED));
  }

  @Test
  void givenALongResponse_theLogKeepsABoundedExcerpt() {
    AttemptOutcome.Responded responded = new AttemptOutcome.Responded(500, "x".repeat(10_000));

    assertThat(responded.bodyExcerpt()).hasSize(AttemptOutcome.MAX_EXCERPT_CHARS);
  }

  @Test
  void givenTheDefaultSchedule_itRetriesFiveTimesOverAboutADay() {
    RetrySchedule schedule = RetrySchedule.DEFAULT;

    Duration total = Duration.ZERO;
    for (int failed = 1; schedule.delayAfter(failed).isPresent(); failed++) {
      total = total.plus(schedule.delayAfter(failed).get());
    }
    assertThat(schedule.delays()).hasSize(5);
    assertThat(total).isBetween(Duration.ofHours(23), Duration.ofHours(24));
    assertThat(schedule.delayAfter(6)).isEqualTo(Optional.empty());
  }
}
