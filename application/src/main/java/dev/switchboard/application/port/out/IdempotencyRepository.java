package dev.switchboard.application.port.out;

import dev.switchboard.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Remembers {@code Idempotency-Key}s: which request claimed a key (its fingerprint), when, and the response once it
 * is complete. (organization, key) is unique; {@link #claim} is atomic, so of two racing requests exactly one gets
 * the key. Each call commits on its own when no transaction surrounds it.
 */
public interface IdempotencyRepository {

  /** A finished request's response. */
  record Response(int status, String contentType, Optional<String> location, String body) {
    public Response {
      Objects.requireNonNull(contentType, "contentType");
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(body, "body");
    }
  }

  record Entry(
      OrganizationId organizationId,
      String key,
      String fingerprint,
      Instant createdAt,
      Optional<Response> response) {
    public Entry {
      Objects.requireNonNull(organizationId, "organizationId");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(fingerprint, "fingerprint");
      Objects.requireNonNull(createdAt, "createdAt");
      Objects.requireNonNull(response, "response");
    }
  }

  /**
   * Stores the key as in progress unless the organization has it already.
   *
   * @return whether this call claimed the key (false: a row exists, whatever its state)
   */
  boolean claim(OrganizationId organization, String key, String fingerprint, Instant createdAt);

  Optional<Entry> find(OrganizationId organization, String key);

  /** Stores the response of a claimed key; an unknown key changes nothing. */
  void complete(OrganizationId organization, String key, Response response);

  /** Forgets the key if it is still in progress (has no response); otherwise changes nothing. */
  void release(OrganizationId organization, String key);

  /** Forgets the key if it is still in progress and was claimed before {@code cutoff}; otherwise changes nothing. */
  void releaseIfClaimedBefore(OrganizationId organization, String key, Instant cutoff);

  /** Forgets the key if it was created before {@code cutoff}, so it can be claimed afresh. */
  void deleteIfCreatedBefore(OrganizationId organization, String key, Instant cutoff);

  /** Forgets every key created before {@code cutoff}; returns how many. */
  int purgeCreatedBefore(Instant cutoff);

  /** Forgets all keys of an organization (when it is deleted). */
  void deleteByOrganization(OrganizationId organization);
}
