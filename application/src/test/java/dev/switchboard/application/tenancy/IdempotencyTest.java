package dev.switchboard.application.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.in.IdempotencyUseCase;
import dev.switchboard.application.port.in.IdempotencyUseCase.Claim;
import dev.switchboard.application.port.in.IdempotencyUseCase.StoredResponse;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.testing.Ids;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class IdempotencyTest {

  private static final OrganizationId ORGANIZATION = Ids.ORGANIZATION;
  private static final String KEY = "3f1c9a52-request";
  private static final String FINGERPRINT = "POST /public/v2/messages sha256:aaaa";
  private static final StoredResponse CREATED = new StoredResponse(
      201, "application/vnd.api+json", "/public/v2/messages/42", "{\"data\":{\"id\":\"42\"}}");

  private final TenancyFixture fixture = TenancyFixture.create();
  private final IdempotencyUseCase idempotency = fixture.core().idempotency();

  private Claim begin() {
    return idempotency.begin(ORGANIZATION, KEY, FINGERPRINT);
  }

  @Test
  void givenNewKey_begin_proceeds() {
    assertThat(begin()).isInstanceOf(Claim.Proceed.class);
  }

  @Test
  void givenCompletedKey_beginWithSameRequest_replaysTheResponse() {
    begin();
    idempotency.complete(ORGANIZATION, KEY, CREATED);

    assertThat(begin()).isEqualTo(new Claim.Replay(CREATED));
  }

  @Test
  void givenResponseWithoutLocation_replay_keepsItAbsent() {
    StoredResponse noLocation = new StoredResponse(200, "application/vnd.api+json", null, "{}");
    begin();
    idempotency.complete(ORGANIZATION, KEY, noLocation);

    assertThat(begin()).isEqualTo(new Claim.Replay(noLocation));
  }

  @Test
  void givenKeyUsedForAnotherRequest_begin_isAMismatch() {
    begin();
    idempotency.complete(ORGANIZATION, KEY, CREATED);

    assertThat(idempotency.begin(ORGANIZATION, KEY, "POST /public/v2/messages sha256:bbbb"))
        .isInstanceOf(Claim.Mismatch.class);
  }

  @Test
  void givenKeyInProgressForAnotherRequest_begin_isAMismatch() {
    begin();

    assertThat(idempotency.begin(ORGANIZATION, KEY, "PATCH /elsewhere")).isInstanceOf(Claim.Mismatch.class);
  }

  @Test
  void givenKeyNotCompletedYet_begin_isInProgress() {
    begin();

    assertThat(begin()).isInstanceOf(Claim.InProgress.class);
  }

  @Test
  void givenAbandonedKey_begin_proceedsAgain() {
    begin();
    idempotency.abandon(ORGANIZATION, KEY);

    assertThat(begin()).isInstanceOf(Claim.Proceed.class);
  }

  @Test
  void givenKeyLeftInProgressByADeadRequest_beginAfterTheAbandonTime_takesItOver() {
    begin();
    fixture.clock().advance(IdempotencyUseCase.ABANDONED_AFTER.minusSeconds(1));
    assertThat(begin()).as("possibly still running").isInstanceOf(Claim.InProgress.class);
    fixture.clock().advance(Duration.ofSeconds(2));

    assertThat(begin()).isInstanceOf(Claim.Proceed.class);
    assertThat(begin()).as("the new claim is the one in progress").isInstanceOf(Claim.InProgress.class);
    assertThat(idempotency.begin(ORGANIZATION, KEY, "another request")).isInstanceOf(Claim.Mismatch.class);
  }

  @Test
  void givenCompletedKey_longAfterTheAbandonTime_stillReplays() {
    begin();
    idempotency.complete(ORGANIZATION, KEY, CREATED);
    fixture.clock().advance(IdempotencyUseCase.ABANDONED_AFTER.plusMinutes(1));

    assertThat(begin()).isEqualTo(new Claim.Replay(CREATED));
  }

  @Test
  void givenCompletedKey_abandon_keepsTheResponse() {
    begin();
    idempotency.complete(ORGANIZATION, KEY, CREATED);
    idempotency.abandon(ORGANIZATION, KEY);

    assertThat(begin()).isEqualTo(new Claim.Replay(CREATED));
  }

  @Test
  void givenSameKeyInAnotherOrganization_begin_proceeds() {
    begin();
    idempotency.complete(ORGANIZATION, KEY, CREATED);

    assertThat(idempotency.begin(Ids.OTHER_ORGANIZATION, KEY, FINGERPRINT)).isInstanceOf(Claim.Proceed.class);
  }

  @Test
  void givenKeyOlderThanRetention_begin_proceedsAfresh() {
    begin();
    idempotency.complete(ORGANIZATION, KEY, CREATED);
    fixture.clock().advance(IdempotencyUseCase.RETENTION.plusSeconds(1));

    assertThat(idempotency.begin(ORGANIZATION, KEY, "another request")).isInstanceOf(Claim.Proceed.class);
    assertThat(idempotency.begin(ORGANIZATION, KEY, "another request")).isInstanceOf(Claim.InProgress.class);
  }

  @Test
  void givenKeyJustWithinRetention_begin_stillReplays() {
    begin();
    idempotency.complete(ORGANIZATION, KEY, CREATED);
    fixture.clock().advance(IdempotencyUseCase.RETENTION.minusSeconds(1));

    assertThat(begin()).isEqualTo(new Claim.Replay(CREATED));
  }

  @Test
  void givenOldAndNewKeys_purge_forgetsOnlyTheExpired() {
    idempotency.begin(ORGANIZATION, "old", FINGERPRINT);
    fixture.clock().advance(Duration.ofHours(20));
    idempotency.begin(ORGANIZATION, "new", FINGERPRINT);
    fixture.clock().advance(Duration.ofHours(5));

    int purged = fixture.core().purgeIdempotencyKeys().purgeExpired();

    assertThat(purged).isEqualTo(1);
    assertThat(fixture.adapters().tenancy().idempotency().find(ORGANIZATION, "old")).isEmpty();
    assertThat(fixture.adapters().tenancy().idempotency().find(ORGANIZATION, "new")).isPresent();
  }

  @Test
  void givenVeryLongKeyAndFingerprint_beginCompleteReplay_workAndStoreThemBounded() {
    String longKey = "k".repeat(5_000);
    String longFingerprint = "f".repeat(5_000);

    Claim first = idempotency.begin(ORGANIZATION, longKey, longFingerprint);
    idempotency.complete(ORGANIZATION, longKey, CREATED);

    assertThat(first).isInstanceOf(Claim.Proceed.class);
    assertThat(idempotency.begin(ORGANIZATION, longKey, longFingerprint)).isEqualTo(new Claim.Replay(CREATED));
    assertThat(idempotency.begin(ORGANIZATION, longKey, longFingerprint + "x")).isInstanceOf(Claim.Mismatch.class);
    assertThat(fixture.adapters().tenancy().idempotency().find(ORGANIZATION, longKey)).isEmpty();
    assertThat(fixture.adapters().tenancy().idempotency().size()).isEqualTo(1);
  }

  @RepeatedTest(20)
  void givenRacingRequests_begin_letsExactlyOneProceed() throws Exception {
    int racers = 8;
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<Claim>> tasks = new ArrayList<>();
    for (int i = 0; i < racers; i++) {
      tasks.add(() -> {
        start.await();
        return begin();
      });
    }
    List<Claim> claims = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
      List<Future<Claim>> futures = tasks.stream().map(pool::submit).toList();
      start.countDown();
      for (Future<Claim> future : futures) {
        claims.add(future.get());
      }
    }

    assertThat(claims).filteredOn(claim -> claim instanceof Claim.Proceed).hasSize(1);
    assertThat(claims).filteredOn(claim -> claim instanceof Claim.InProgress).hasSize(racers - 1);
  }
}
