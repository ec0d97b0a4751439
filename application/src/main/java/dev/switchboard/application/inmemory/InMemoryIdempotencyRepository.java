package dev.switchboard.application.inmemory;

import dev.switchboard.application.port.out.IdempotencyRepository;
import dev.switchboard.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** Idempotency keys in a map; claims are serialised by the transactions' lock. */
public final class InMemoryIdempotencyRepository implements IdempotencyRepository {

  private record Key(OrganizationId organization, String key) {}

  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
  private final InMemoryTransactions transactions;

  public InMemoryIdempotencyRepository(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public boolean claim(OrganizationId organization, String key, String fingerprint, Instant createdAt) {
    Key id = new Key(organization, key);
    return transactions.inTransaction(() -> {
      if (entries.containsKey(id)) {
        return false;
      }
      Entry entry = new Entry(organization, key, fingerprint, createdAt, Optional.empty());
      transactions.write(() -> entries.put(id, entry), () -> entries.remove(id));
      return true;
    });
  }

  @Override
  public Optional<Entry> find(OrganizationId organization, String key) {
    return Optional.ofNullable(entries.get(new Key(organization, key)));
  }

  @Override
  public void complete(OrganizationId organization, String key, Response response) {
    Key id = new Key(organization, key);
    transactions.inTransaction(() -> {
      Entry previous = entries.get(id);
      if (previous != null) {
        Entry done = new Entry(organization, key, previous.fingerprint(), previous.createdAt(), Optional.of(response));
        transactions.write(() -> entries.put(id, done), () -> entries.put(id, previous));
      }
      return null;
    });
  }

  @Override
  public void release(OrganizationId organization, String key) {
    removeIf(new Key(organization, key), entry -> entry.response().isEmpty());
  }

  @Override
  public void releaseIfClaimedBefore(OrganizationId organization, String key, Instant cutoff) {
    removeIf(new Key(organization, key), entry -> entry.response().isEmpty() && entry.createdAt().isBefore(cutoff));
  }

  @Override
  public void deleteIfCreatedBefore(OrganizationId organization, String key, Instant cutoff) {
    removeIf(new Key(organization, key), entry -> entry.createdAt().isBefore(cutoff));
  }

  @Override
  public int purgeCreatedBefore(Instant cutoff) {
    return transactions.inTransaction(() -> {
      List<Key> old = entries.entrySet().stream()
          .filter(entry -> entry.getValue().createdAt().isBefore(cutoff))
          .map(Map.Entry::getKey)
          .toList();
      old.forEach(id -> removeIf(id, entry -> true));
      return old.size();
    });
  }

  @Override
  public void deleteByOrganization(OrganizationId organization) {
    transactions.inTransaction(() -> {
      entries.keySet().stream()
          .filter(id -> id.organization().equals(organization))
          .toList()
          .forEach(id -> removeIf(id, entry -> true));
      return null;
    });
  }

  /** How many keys are stored; for tests. */
  public int size() {
    return entries.size();
  }

  private void removeIf(Key id, Predicate<Entry> condition) {
    transactions.inTransaction(() -> {
      Entry previous = entries.get(id);
      if (previous != null && condition.test(previous)) {
        transactions.write(() -> entries.remove(id), () -> entries.put(id, previous));
      }
      return null;
    });
  }
}
