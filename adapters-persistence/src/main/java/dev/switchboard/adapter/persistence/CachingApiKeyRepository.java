package dev.switchboard.adapter.persistence;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.switchboard.application.port.out.ApiKeyRepository;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Remembers the keys {@link #findByHash} found for a short time to live, so that authenticating a request usually
 * costs no query. Only found keys are kept, so a key just created on another node works at once. A key deleted through
 * this node (rotation, organization deletion, a configured key replacing the old one) is forgotten as soon as the
 * deletion commits; one deleted on another node sharing the database keeps working here for at most the time to live.
 * Organizations' keys also go by a foreign-key cascade, which this cache cannot see: deleting an organization must
 * delete its keys through this port first, as the use case does.
 *
 * <p>Inside a transaction every call goes to the database: the transaction must see its own uncommitted changes, and
 * what it read must not outlive a rollback. Thread-safe.
 */
final class CachingApiKeyRepository implements ApiKeyRepository {

  /** Far more keys than the organizations one node serves; each entry is a few hundred bytes. */
  static final int MAXIMUM_SIZE = 10_000;

  private final ApiKeyRepository stored;
  private final JdbiTransactions transactions;
  private final Cache<String, StoredKey> found;
  private final AtomicLong committedDeletions = new AtomicLong();

  /** {@code ticker} measures the time to live; tests pass one they move by hand. */
  CachingApiKeyRepository(
      ApiKeyRepository stored, JdbiTransactions transactions, Duration timeToLive, Ticker ticker) {
    this.stored = stored;
    this.transactions = transactions;
    this.found = Caffeine.newBuilder()
        .expireAfterWrite(timeToLive)
        .maximumSize(MAXIMUM_SIZE)
        .ticker(ticker)
        .build();
  }

  @Override
  public void insert(StoredKey key) {
    stored.insert(key);
  }

  @Override
  public Optional<StoredKey> findByHash(String hash) {
    if (transactions.inTransactionOnThisThread()) {
      return stored.findByHash(hash);
    }
    StoredKey remembered = found.getIfPresent(hash);
    if (remembered != null) {
      return Optional.of(remembered);
    }
    long deletionsBeforeReading = committedDeletions.get();
    Optional<StoredKey> key = stored.findByHash(hash);
    key.ifPresent(read -> remember(read, deletionsBeforeReading));
    return key;
  }

  @Override
  public boolean exists(Owner owner) {
    return stored.exists(owner);
  }

  @Override
  public void deleteByOwner(Owner owner) {
    stored.deleteByOwner(owner);
    transactions.afterCommit(() -> forget(owner));
  }

  /**
   * A deletion that committed while the key was being read may have deleted it, and its {@link #forget} may have run
   * before the key got here: then the key must not stay.
   */
  private void remember(StoredKey key, long deletionsBeforeReading) {
    found.put(key.hash(), key);
    if (committedDeletions.get() != deletionsBeforeReading) {
      found.invalidate(key.hash());
    }
  }

  private void forget(Owner owner) {
    committedDeletions.incrementAndGet();
    found.asMap().values().removeIf(key -> key.owner().equals(owner));
  }
}
