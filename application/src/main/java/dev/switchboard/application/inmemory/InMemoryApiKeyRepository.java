package dev.switchboard.application.inmemory;

import dev.switchboard.application.port.out.ApiKeyRepository;
import dev.switchboard.application.port.out.DuplicateKeyException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Key hashes in a map keyed by the hash. */
public final class InMemoryApiKeyRepository implements ApiKeyRepository {

  private final Map<String, StoredKey> keys = new ConcurrentHashMap<>();
  private final InMemoryTransactions transactions;

  public InMemoryApiKeyRepository(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void insert(StoredKey key) {
    transactions.write(() -> {
      if (keys.containsKey(key.hash())) {
        throw new DuplicateKeyException("this key hash is stored already");
      }
      keys.put(key.hash(), key);
    }, () -> keys.remove(key.hash()));
  }

  @Override
  public Optional<StoredKey> findByHash(String hash) {
    return Optional.ofNullable(keys.get(hash));
  }

  @Override
  public boolean exists(Owner owner) {
    return keys.values().stream().anyMatch(key -> key.owner().equals(owner));
  }

  @Override
  public void deleteByOwner(Owner owner) {
    keys.values().stream()
        .filter(key -> key.owner().equals(owner))
        .toList()
        .forEach(previous -> transactions.write(
            () -> keys.remove(previous.hash()), () -> keys.put(previous.hash(), previous)));
  }

  /** Every stored key; for tests. */
  public List<StoredKey> all() {
    return List.copyOf(keys.values());
  }
}
