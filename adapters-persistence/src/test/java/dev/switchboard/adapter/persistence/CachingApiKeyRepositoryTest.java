package dev.switchboard.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.switchboard.adapter.persistence.testing.TestDatabase;
import dev.switchboard.application.port.out.ApiKeyRepository;
import dev.switchboard.application.port.out.ApiKeyRepository.Owner;
import dev.switchboard.application.port.out.ApiKeyRepository.StoredKey;
import dev.switchboard.domain.testing.Ids;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The key cache over the Jdbi repository on in-memory H2, with a ticker the tests move by hand. "Another node" is the
 * uncached repository on the same database.
 */
class CachingApiKeyRepositoryTest {

  private static final Duration TIME_TO_LIVE = Duration.ofSeconds(5);
  private static final Instant T0 = TenancyRepositoryContract.T0;
  private static final Owner ACME = new Owner.OfOrganization(Ids.organization(1));
  private static final Owner GLOBEX = new Owner.OfOrganization(Ids.organization(2));
  private static final StoredKey ACME_KEY = new StoredKey(TenancyRepositoryContract.hash(1), ACME, T0);
  private static final StoredKey GLOBEX_KEY = new StoredKey(TenancyRepositoryContract.hash(2), GLOBEX, T0);
  private static final StoredKey NEW_ACME_KEY = new StoredKey(TenancyRepositoryContract.hash(3), ACME, T0);

  private final AtomicLong nanos = new AtomicLong();
  private TestDatabase database;
  private HikariDataSource pool;
  private JdbiTransactions transactions;
  private ApiKeyRepository anotherNode;
  private CountedLookups lookups;
  private CachingApiKeyRepository keys;

  @BeforeEach
  void open() {
    database = TestDatabase.h2();
    pool = DataSources.hikari(database.config().withMaxPoolSize(4));
    JdbiPersistence persistence = JdbiPersistence.create(pool);
    persistence.organizations().insert(TenancyRepositoryContract.organization(1, "Acme", T0));
    persistence.organizations().insert(TenancyRepositoryContract.organization(2, "Globex", T0));
    transactions = new JdbiTransactions(persistence.jdbi());
    anotherNode = new JdbiApiKeyRepository(transactions);
    lookups = new CountedLookups(new JdbiApiKeyRepository(transactions));
    keys = new CachingApiKeyRepository(lookups, transactions, TIME_TO_LIVE, nanos::get);
  }

  @AfterEach
  void close() {
    pool.close();
    database.close();
  }

  private void pass(Duration time) {
    nanos.addAndGet(time.toNanos());
  }

  @Test
  void givenAFoundKey_lookupsWithinTheTimeToLive_areAnsweredFromMemory() {
    keys.insert(ACME_KEY);

    Optional<StoredKey> first = keys.findByHash(ACME_KEY.hash());
    pass(TIME_TO_LIVE.minusNanos(1));
    Optional<StoredKey> later = keys.findByHash(ACME_KEY.hash());

    assertThat(first).contains(ACME_KEY);
    assertThat(later).contains(ACME_KEY);
    assertThat(lookups.count).isEqualTo(1);
  }

  @Test
  void givenAFoundKey_afterTheTimeToLive_itIsLookedUpAgain() {
    keys.insert(ACME_KEY);
    keys.findByHash(ACME_KEY.hash());

    pass(TIME_TO_LIVE);
    Optional<StoredKey> again = keys.findByHash(ACME_KEY.hash());

    assertThat(again).contains(ACME_KEY);
    assertThat(lookups.count).isEqualTo(2);
  }

  @Test
  void givenAKeyDeletedOnAnotherNode_itWorksHereUntilTheTimeToLiveEnds() {
    keys.insert(ACME_KEY);
    keys.findByHash(ACME_KEY.hash());

    anotherNode.deleteByOwner(ACME);

    assertThat(keys.findByHash(ACME_KEY.hash())).contains(ACME_KEY);
    pass(TIME_TO_LIVE);
    assertThat(keys.findByHash(ACME_KEY.hash())).isEmpty();
  }

  @Test
  void givenAnUnknownHash_theMissIsNotRemembered_soAKeyCreatedOnAnotherNodeWorksAtOnce() {
    Optional<StoredKey> before = keys.findByHash(ACME_KEY.hash());

    anotherNode.insert(ACME_KEY);
    Optional<StoredKey> after = keys.findByHash(ACME_KEY.hash());

    assertThat(before).isEmpty();
    assertThat(after).contains(ACME_KEY);
    assertThat(lookups.count).isEqualTo(2);
  }

  @Test
  void givenARememberedKey_deleteByOwner_forgetsItAtOnce() {
    keys.insert(ACME_KEY);
    keys.findByHash(ACME_KEY.hash());

    keys.deleteByOwner(ACME);

    assertThat(keys.findByHash(ACME_KEY.hash())).isEmpty();
  }

  @Test
  void givenKeysOfTwoOwnersRemembered_deleteByOwner_keepsTheOtherOwnersKey() {
    keys.insert(ACME_KEY);
    keys.insert(GLOBEX_KEY);
    keys.findByHash(ACME_KEY.hash());
    keys.findByHash(GLOBEX_KEY.hash());

    keys.deleteByOwner(ACME);

    assertThat(keys.findByHash(GLOBEX_KEY.hash())).contains(GLOBEX_KEY);
    assertThat(lookups.count).isEqualTo(2);
  }

  @Test
  void givenARememberedKey_aTransactionReplacingIt_readsTheDatabaseNotMemory() {
    keys.insert(ACME_KEY);
    keys.findByHash(ACME_KEY.hash());

    Optional<StoredKey> seenInside = transactions.inTransaction(() -> {
      keys.deleteByOwner(ACME);
      keys.insert(NEW_ACME_KEY);
      return keys.findByHash(ACME_KEY.hash());
    });

    assertThat(seenInside).isEmpty();
    assertThat(keys.findByHash(ACME_KEY.hash())).isEmpty();
    assertThat(keys.findByHash(NEW_ACME_KEY.hash())).contains(NEW_ACME_KEY);
  }

  @Test
  void givenAKeyReadByARequestWhileItsDeletionIsUncommitted_theCommitForgetsIt() {
    keys.insert(ACME_KEY);

    transactions.inTransaction(() -> {
      keys.deleteByOwner(ACME);
      // Another request, on another connection, still sees the committed key and remembers it.
      assertThat(CompletableFuture.supplyAsync(() -> keys.findByHash(ACME_KEY.hash())).join()).contains(ACME_KEY);
      return null;
    });

    assertThat(keys.findByHash(ACME_KEY.hash())).isEmpty();
  }

  @Test
  void givenADeletionCommittingWhileAKeyIsBeingRead_theKeyIsNotRemembered() {
    keys.insert(ACME_KEY);
    lookups.afterNextRead(() -> keys.deleteByOwner(ACME));

    Optional<StoredKey> readBeforeTheDeletion = keys.findByHash(ACME_KEY.hash());

    assertThat(readBeforeTheDeletion).contains(ACME_KEY);
    assertThat(keys.findByHash(ACME_KEY.hash())).isEmpty();
  }

  @Test
  void givenARolledBackDeletion_theKeyStillWorks() {
    keys.insert(ACME_KEY);
    keys.findByHash(ACME_KEY.hash());

    assertThatThrownBy(() -> transactions.inTransaction(() -> {
      keys.deleteByOwner(ACME);
      throw new IllegalStateException("boom");
    })).hasMessage("boom");

    assertThat(keys.findByHash(ACME_KEY.hash())).contains(ACME_KEY);
  }

  @Test
  void givenAKeyFoundInsideATransactionThatRollsBack_itIsNotRemembered() {
    assertThatThrownBy(() -> transactions.inTransaction(() -> {
      keys.insert(ACME_KEY);
      assertThat(keys.findByHash(ACME_KEY.hash())).contains(ACME_KEY);
      throw new IllegalStateException("boom");
    })).hasMessage("boom");

    assertThat(keys.findByHash(ACME_KEY.hash())).isEmpty();
  }

  /** The stored keys, counting lookups; {@link #afterNextRead} runs between the next lookup's query and its answer. */
  private static final class CountedLookups implements ApiKeyRepository {
    private final ApiKeyRepository stored;
    private int count;
    private Runnable afterRead = () -> {};

    CountedLookups(ApiKeyRepository stored) {
      this.stored = stored;
    }

    void afterNextRead(Runnable action) {
      this.afterRead = action;
    }

    @Override
    public void insert(StoredKey key) {
      stored.insert(key);
    }

    @Override
    public Optional<StoredKey> findByHash(String hash) {
      count++;
      Optional<StoredKey> key = stored.findByHash(hash);
      Runnable action = afterRead;
      afterRead = () -> {};
      action.run();
      return key;
    }

    @Override
    public boolean exists(Owner owner) {
      return stored.exists(owner);
    }

    @Override
    public void deleteByOwner(Owner owner) {
      stored.deleteByOwner(owner);
    }
  }
}
