package dev.switchboard.application.port.out;

import dev.switchboard.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Stores API keys as their SHA-256 hashes (lower-case hex), each with its owner: an organization or the management
 * side. The plain key is never given to this port. A hash is unique, an organization has one key, and there is one
 * management key; services keep the last two by deleting an owner's key before storing its new one.
 */
public interface ApiKeyRepository {

  /** Whom a key lets in. */
  sealed interface Owner {
    record OfOrganization(OrganizationId organizationId) implements Owner {
      public OfOrganization {
        Objects.requireNonNull(organizationId, "organizationId");
      }
    }

    record Management() implements Owner {}
  }

  record StoredKey(String hash, Owner owner, Instant createdAt) {
    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    public StoredKey {
      Objects.requireNonNull(hash, "hash");
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(createdAt, "createdAt");
      if (!SHA_256_HEX.matcher(hash).matches()) {
        throw new IllegalArgumentException("a key hash is 64 lower-case hex digits");
      }
    }
  }

  /** @throws DuplicateKeyException when the hash is stored already */
  void insert(StoredKey key);

  Optional<StoredKey> findByHash(String hash);

  /** Whether the owner has a key. */
  boolean exists(Owner owner);

  /** Removes the owner's keys; they stop working when the surrounding transaction commits. */
  void deleteByOwner(Owner owner);
}
