package dev.switchboard.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.out.ApiKeyRepository.Owner;
import dev.switchboard.application.port.out.ApiKeyRepository.StoredKey;
import dev.switchboard.application.port.out.DuplicateKeyException;
import dev.switchboard.application.port.out.IdempotencyRepository.Entry;
import dev.switchboard.application.port.out.IdempotencyRepository.Response;
import dev.switchboard.application.query.Cursor;
import dev.switchboard.application.query.Filter;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.Operator;
import dev.switchboard.application.query.OrganizationFields;
import dev.switchboard.application.query.Page;
import dev.switchboard.application.query.PageRequest;
import dev.switchboard.application.query.Sort;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.message.EmailHeaders;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.TextPayload;
import dev.switchboard.domain.organization.Organization;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.template.ComponentType;
import dev.switchboard.domain.template.MessageTemplate;
import dev.switchboard.domain.template.TemplateCategory;
import dev.switchboard.domain.template.TemplateComponent;
import dev.switchboard.domain.template.TemplateId;
import dev.switchboard.domain.template.TemplateStatus;
import dev.switchboard.domain.testing.Identifiers;
import dev.switchboard.domain.testing.Ids;
import dev.switchboard.domain.thread.MessageThread;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of the tenancy ports must do: organizations, key hashes, idempotency keys and the
 * erasure of an organization's messaging data. Each test runs on a fresh store.
 */
abstract class TenancyRepositoryContract {

  static final Instant T0 = Instant.parse("2025-03-10T09:00:00Z");

  private TenancyBackend backend;

  protected abstract TenancyBackend newBackend();

  @BeforeEach
  void open() {
    backend = newBackend();
  }

  @AfterEach
  void close() {
    backend.close();
  }

  static Organization organization(int n, String name, Instant createdAt) {
    return new Organization(Ids.organization(n), name, Optional.empty(), Optional.empty(), createdAt, createdAt);
  }

  private Organization stored(int n, String name, Instant createdAt) {
    Organization organization = organization(n, name, createdAt);
    backend.organizations().insert(organization);
    return organization;
  }

  static String hash(int n) {
    return HexFormat.of().formatHex(new byte[32]).substring(8) + String.format("%08x", n);
  }

  static final Response RESPONSE =
      new Response(201, "application/vnd.api+json", Optional.of("/public/v2/messages/1"), "{\"data\":{}}");

  // ---- organizations ----

  @Test
  void givenOrganizationWithWebhook_insert_roundTrips() {
    Organization organization = new Organization(
        Ids.organization(1),
        "Acme",
        Optional.of(URI.create("https://hooks.example.com/x?y=1")),
        Optional.of("s3cret"),
        T0,
        T0.plusSeconds(5));

    backend.organizations().insert(organization);

    assertThat(backend.organizations().findById(organization.id())).contains(organization);
    assertThat(backend.transactions().inTransaction(() -> backend.organizations().findByIdForUpdate(organization.id())))
        .contains(organization);
    assertThat(backend.organizations().findById(Ids.organization(2))).isEmpty();
  }

  @Test
  void givenTakenId_insert_throwsDuplicateKey() {
    stored(1, "Acme", T0);

    assertThatThrownBy(() -> backend.organizations().insert(organization(1, "Other", T0)))
        .isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void givenChangedOrganization_update_storesItAndClearsTheWebhook() {
    Organization original = new Organization(
        Ids.organization(1), "Acme", Optional.of(URI.create("https://a.example")), Optional.of("x"), T0, T0);
    backend.organizations().insert(original);
    Organization changed = new Organization(original.id(), "Acme B.V.", Optional.empty(), Optional.empty(), T0, T0.plusSeconds(60));

    backend.organizations().update(changed);

    assertThat(backend.organizations().findById(original.id())).contains(changed);
  }

  @Test
  void givenUnknownOrganization_updateAndDelete_changeNothing() {
    Organization kept = stored(1, "Acme", T0);

    backend.organizations().update(organization(2, "Ghost", T0));
    backend.organizations().delete(Ids.organization(2));

    assertThat(backend.organizations().findById(Ids.organization(2))).isEmpty();
    assertThat(backend.organizations().findById(kept.id())).contains(kept);
  }

  @Test
  void givenOrganizations_findOldest_isTheFirstCreatedThenLowestId() {
    assertThat(backend.organizations().findOldest()).isEmpty();
    stored(3, "Late", T0.plusSeconds(10));
    Organization tieLow = stored(1, "Tie low", T0);
    stored(2, "Tie high", T0);

    assertThat(backend.organizations().findOldest()).contains(tieLow);
  }

  @Test
  void givenOrganizations_list_filtersSortsAndPages() {
    Organization acme = stored(1, "Acme", T0);
    Organization globex = stored(2, "Globex", T0.plusSeconds(1));
    Organization initech = stored(3, "Initech", T0.plusSeconds(2));

    Page<Organization> all = backend.organizations().list(ListQuery.firstPage());
    Page<Organization> byName = backend.organizations().list(new ListQuery<>(
        List.of(), List.of(new Sort<>(OrganizationFields.NAME, true)), new PageRequest.Numbered(1, 2)));
    Page<Organization> filtered = backend.organizations().list(ListQuery.<Organization>firstPage()
        .withFilter(Filter.of(OrganizationFields.CREATED_AT, Operator.GT, List.of("2025-03-10T09:00:00Z"))));

    assertThat(all.items()).containsExactly(acme, globex, initech);
    assertThat(all.totals().orElseThrow().total()).isEqualTo(3);
    assertThat(byName.items()).containsExactly(initech, globex);
    assertThat(byName.maxPage()).hasValue(2);
    assertThat(filtered.items()).containsExactly(globex, initech);
    assertThat(filtered.totals().orElseThrow().totalUnfiltered()).isEqualTo(3);
  }

  @Test
  void givenOrganizations_keysetPages_walkForwardAndBack() {
    Organization acme = stored(1, "Acme", T0);
    Organization globex = stored(2, "Globex", T0);
    Organization initech = stored(3, "Initech", T0);

    Page<Organization> first =
        backend.organizations().list(new ListQuery<>(List.of(), List.of(), new PageRequest.Keyset(Optional.empty(), false, 2)));
    Cursor next = first.next().orElseThrow();
    Page<Organization> second =
        backend.organizations().list(new ListQuery<>(List.of(), List.of(), new PageRequest.Keyset(Optional.of(next), false, 2)));

    assertThat(first.items()).containsExactly(acme, globex);
    assertThat(second.items()).containsExactly(initech);
    assertThat(second.next()).isEmpty();
    assertThat(second.previous()).isPresent();
  }

  // ---- api keys ----

  @Test
  void givenOrganizationKey_insert_findsItByHash() {
    stored(1, "Acme", T0);
    StoredKey key = new StoredKey(hash(1), new Owner.OfOrganization(Ids.organization(1)), T0);

    backend.apiKeys().insert(key);

    assertThat(backend.apiKeys().findByHash(hash(1))).contains(key);
    assertThat(backend.apiKeys().findByHash(hash(2))).isEmpty();
    assertThat(backend.apiKeys().exists(new Owner.OfOrganization(Ids.organization(1)))).isTrue();
    assertThat(backend.apiKeys().exists(new Owner.Management())).isFalse();
  }

  @Test
  void givenManagementKey_insert_findsItByHash() {
    StoredKey key = new StoredKey(hash(7), new Owner.Management(), T0);

    backend.apiKeys().insert(key);

    assertThat(backend.apiKeys().findByHash(hash(7))).contains(key);
    assertThat(backend.apiKeys().exists(new Owner.Management())).isTrue();
  }

  @Test
  void givenTakenHash_insert_throwsDuplicateKey() {
    backend.apiKeys().insert(new StoredKey(hash(1), new Owner.Management(), T0));

    assertThatThrownBy(() -> backend.apiKeys().insert(new StoredKey(hash(1), new Owner.Management(), T0)))
        .isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void givenKeysOfSeveralOwners_deleteByOwner_removesOnlyThatOwnersKeys() {
    stored(1, "Acme", T0);
    stored(2, "Globex", T0);
    backend.apiKeys().insert(new StoredKey(hash(1), new Owner.OfOrganization(Ids.organization(1)), T0));
    backend.apiKeys().insert(new StoredKey(hash(2), new Owner.OfOrganization(Ids.organization(2)), T0));
    backend.apiKeys().insert(new StoredKey(hash(3), new Owner.Management(), T0));

    backend.apiKeys().deleteByOwner(new Owner.OfOrganization(Ids.organization(1)));

    assertThat(backend.apiKeys().findByHash(hash(1))).isEmpty();
    assertThat(backend.apiKeys().findByHash(hash(2))).isPresent();
    assertThat(backend.apiKeys().findByHash(hash(3))).isPresent();

    backend.apiKeys().deleteByOwner(new Owner.Management());

    assertThat(backend.apiKeys().findByHash(hash(3))).isEmpty();
    assertThat(backend.apiKeys().findByHash(hash(2))).isPresent();
  }

  @Test
  void givenFailingTransaction_keyReplacement_isRolledBack() {
    stored(1, "Acme", T0);
    Owner owner = new Owner.OfOrganization(Ids.organization(1));
    backend.apiKeys().insert(new StoredKey(hash(1), owner, T0));

    assertThatThrownBy(() -> backend.transactions().inTransaction(() -> {
      backend.apiKeys().deleteByOwner(owner);
      backend.apiKeys().insert(new StoredKey(hash(2), owner, T0));
      throw new IllegalStateException("boom");
    })).hasMessage("boom");

    assertThat(backend.apiKeys().findByHash(hash(1))).isPresent();
    assertThat(backend.apiKeys().findByHash(hash(2))).isEmpty();
  }

  // ---- idempotency keys ----

  @Test
  void givenNewKey_claim_storesItInProgress() {
    stored(1, "Acme", T0);

    boolean claimed = backend.idempotency().claim(Ids.organization(1), "k", "fp", T0);

    assertThat(claimed).isTrue();
    assertThat(backend.idempotency().find(Ids.organization(1), "k"))
        .contains(new Entry(Ids.organization(1), "k", "fp", T0, Optional.empty()));
  }

  @Test
  void givenClaimedKey_claimAgain_isRefusedAndKeepsTheFirst() {
    stored(1, "Acme", T0);
    backend.idempotency().claim(Ids.organization(1), "k", "fp", T0);

    boolean again = backend.idempotency().claim(Ids.organization(1), "k", "other", T0.plusSeconds(1));

    assertThat(again).isFalse();
    assertThat(backend.idempotency().find(Ids.organization(1), "k").orElseThrow().fingerprint()).isEqualTo("fp");
  }

  @Test
  void givenClaimedKey_claimInsideATransaction_isRefusedWithoutBreakingTheTransaction() {
    stored(1, "Acme", T0);
    backend.idempotency().claim(Ids.organization(1), "k", "fp", T0);

    boolean claimedOther = backend.transactions().inTransaction(() -> {
      boolean first = backend.idempotency().claim(Ids.organization(1), "k", "fp", T0);
      boolean second = backend.idempotency().claim(Ids.organization(1), "k2", "fp", T0);
      return !first && second;
    });

    assertThat(claimedOther).isTrue();
    assertThat(backend.idempotency().find(Ids.organization(1), "k2")).isPresent();
  }

  @Test
  void givenSameKeyInTwoOrganizations_claim_succeedsForBoth() {
    stored(1, "Acme", T0);
    stored(2, "Globex", T0);

    assertThat(backend.idempotency().claim(Ids.organization(1), "k", "fp", T0)).isTrue();
    assertThat(backend.idempotency().claim(Ids.organization(2), "k", "fp", T0)).isTrue();
  }

  @Test
  void givenClaimedKey_complete_storesTheResponse() {
    stored(1, "Acme", T0);
    backend.idempotency().claim(Ids.organization(1), "k", "fp", T0);
    Response noLocation = new Response(200, "application/vnd.api+json", Optional.empty(), "{}");

    backend.idempotency().complete(Ids.organization(1), "k", RESPONSE);
    backend.idempotency().claim(Ids.organization(1), "k2", "fp", T0);
    backend.idempotency().complete(Ids.organization(1), "k2", noLocation);

    assertThat(backend.idempotency().find(Ids.organization(1), "k").orElseThrow().response()).contains(RESPONSE);
    assertThat(backend.idempotency().find(Ids.organization(1), "k2").orElseThrow().response()).contains(noLocation);
  }

  @Test
  void givenLargeResponseBody_complete_roundTripsIt() {
    stored(1, "Acme", T0);
    backend.idempotency().claim(Ids.organization(1), "k", "fp", T0);
    Response large = new Response(201, "application/vnd.api+json", Optional.empty(), "x".repeat(200_000) + "ü✓");

    backend.idempotency().complete(Ids.organization(1), "k", large);

    assertThat(backend.idempotency().find(Ids.organization(1), "k").orElseThrow().response()).contains(large);
  }

  @Test
  void givenInProgressAndCompletedKeys_release_forgetsOnlyTheInProgress() {
    stored(1, "Acme", T0);
    backend.idempotency().claim(Ids.organization(1), "open", "fp", T0);
    backend.idempotency().claim(Ids.organization(1), "done", "fp", T0);
    backend.idempotency().complete(Ids.organization(1), "done", RESPONSE);

    backend.idempotency().release(Ids.organization(1), "open");
    backend.idempotency().release(Ids.organization(1), "done");

    assertThat(backend.idempotency().find(Ids.organization(1), "open")).isEmpty();
    assertThat(backend.idempotency().find(Ids.organization(1), "done")).isPresent();
  }

  @Test
  void givenKeysOfSeveralAgesAndStates_releaseIfClaimedBefore_forgetsOnlyOldInProgressOnes() {
    stored(1, "Acme", T0);
    backend.idempotency().claim(Ids.organization(1), "old-open", "fp", T0);
    backend.idempotency().claim(Ids.organization(1), "old-done", "fp", T0);
    backend.idempotency().complete(Ids.organization(1), "old-done", RESPONSE);
    backend.idempotency().claim(Ids.organization(1), "new-open", "fp", T0.plusSeconds(10));

    for (String key : List.of("old-open", "old-done", "new-open")) {
      backend.idempotency().releaseIfClaimedBefore(Ids.organization(1), key, T0.plusSeconds(1));
    }

    assertThat(backend.idempotency().find(Ids.organization(1), "old-open")).isEmpty();
    assertThat(backend.idempotency().find(Ids.organization(1), "old-done")).isPresent();
    assertThat(backend.idempotency().find(Ids.organization(1), "new-open")).isPresent();
  }

  @Test
  void givenKeysOfSeveralAges_deleteIfCreatedBeforeAndPurge_forgetOnlyOldOnes() {
    stored(1, "Acme", T0);
    backend.idempotency().claim(Ids.organization(1), "old", "fp", T0);
    backend.idempotency().claim(Ids.organization(1), "older", "fp", T0.minusSeconds(10));
    backend.idempotency().claim(Ids.organization(1), "new", "fp", T0.plus(Duration.ofHours(1)));

    backend.idempotency().deleteIfCreatedBefore(Ids.organization(1), "new", T0.plusSeconds(1));
    backend.idempotency().deleteIfCreatedBefore(Ids.organization(1), "old", T0);
    int purged = backend.idempotency().purgeCreatedBefore(T0.plusSeconds(1));

    assertThat(purged).isEqualTo(2);
    assertThat(backend.idempotency().find(Ids.organization(1), "new")).isPresent();
    assertThat(backend.idempotency().find(Ids.organization(1), "old")).isEmpty();
  }

  @Test
  void givenKeysOfTwoOrganizations_deleteByOrganization_forgetsOnlyThatOne() {
    stored(1, "Acme", T0);
    stored(2, "Globex", T0);
    backend.idempotency().claim(Ids.organization(1), "k", "fp", T0);
    backend.idempotency().claim(Ids.organization(2), "k", "fp", T0);

    backend.idempotency().deleteByOrganization(Ids.organization(1));

    assertThat(backend.idempotency().find(Ids.organization(1), "k")).isEmpty();
    assertThat(backend.idempotency().find(Ids.organization(2), "k")).isPresent();
  }

  @Test
  void givenRacingClaims_claim_grantsTheKeyExactlyOnce() throws Exception {
    stored(1, "Acme", T0);
    int racers = 6;
    for (int round = 0; round < 10; round++) {
      String key = "race-" + round;
      CountDownLatch start = new CountDownLatch(1);
      List<Callable<Boolean>> tasks = new ArrayList<>();
      for (int i = 0; i < racers; i++) {
        tasks.add(() -> {
          start.await();
          return backend.idempotency().claim(Ids.organization(1), key, "fp", T0);
        });
      }
      List<Boolean> claimed = new ArrayList<>();
      try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
        List<Future<Boolean>> futures = tasks.stream().map(pool::submit).toList();
        start.countDown();
        for (Future<Boolean> future : futures) {
          claimed.add(future.get());
        }
      }

      assertThat(claimed).as(key).filteredOn(Boolean::booleanValue).hasSize(1);
    }
  }

  // ---- erasing an organization's data ----

  private void populate(OrganizationId organization, int n) {
    MessageThread thread = MessageThread.start(
        Ids.thread(n), organization, Channel.SMS, Identifiers.PHONE, false, T0);
    backend.threads().insert(thread);
    Message message = Message.accept(
        Ids.message(n), organization, thread.id(), Channel.SMS, "rita", new TextPayload("Hi"), EmailHeaders.NONE, T0);
    backend.messages().insert(message);
    backend.deliveryQueue().enqueue(organization, message.id(), T0);
    backend.templates().insert(new MessageTemplate(
        new TemplateId(Ids.template(n).value()),
        organization,
        "welcome",
        "en",
        TemplateCategory.UTILITY,
        List.of(new TemplateComponent(ComponentType.BODY, "Welcome!")),
        TemplateStatus.APPROVED,
        T0,
        T0));
  }

  @Test
  void givenDataOfTwoOrganizations_eraseAll_removesOnlyTheOnesOfThatOrganization() {
    stored(1, "Doomed", T0);
    stored(2, "Kept", T0);
    populate(Ids.organization(1), 1);
    populate(Ids.organization(2), 2);

    backend.transactions().inTransaction(() -> {
      backend.organizationData().eraseAll(Ids.organization(1));
      return null;
    });

    assertThat(total(backend.threads().list(Ids.organization(1), ListQuery.firstPage()))).isZero();
    assertThat(total(backend.messages().list(Ids.organization(1), ListQuery.firstPage()))).isZero();
    assertThat(total(backend.templates().list(Ids.organization(1), ListQuery.firstPage()))).isZero();
    assertThat(total(backend.threads().list(Ids.organization(2), ListQuery.firstPage()))).isEqualTo(1);
    assertThat(total(backend.messages().list(Ids.organization(2), ListQuery.firstPage()))).isEqualTo(1);
    assertThat(total(backend.templates().list(Ids.organization(2), ListQuery.firstPage()))).isEqualTo(1);
    var jobs = backend.deliveryQueue().claim(10, T0.plusSeconds(1), Duration.ofMinutes(1));
    assertThat(jobs).singleElement().satisfies(job -> assertThat(job.organizationId()).isEqualTo(Ids.organization(2)));
  }

  @Test
  void givenFailingTransaction_eraseAll_isRolledBack() {
    stored(1, "Acme", T0);
    populate(Ids.organization(1), 1);

    assertThatThrownBy(() -> backend.transactions().inTransaction(() -> {
      backend.organizationData().eraseAll(Ids.organization(1));
      backend.organizations().delete(Ids.organization(1));
      throw new IllegalStateException("boom");
    })).hasMessage("boom");

    assertThat(backend.organizations().findById(Ids.organization(1))).isPresent();
    assertThat(total(backend.threads().list(Ids.organization(1), ListQuery.firstPage()))).isEqualTo(1);
    assertThat(total(backend.messages().list(Ids.organization(1), ListQuery.firstPage()))).isEqualTo(1);
    assertThat(total(backend.templates().list(Ids.organization(1), ListQuery.firstPage()))).isEqualTo(1);
  }

  /** The total of a numbered page (which always carries its totals). */
  private static long total(Page<?> page) {
    return page.totals().orElseThrow().total();
  }
}
