package dev.switchboard.application.service;

import dev.switchboard.application.port.in.IdempotencyUseCase;
import dev.switchboard.application.port.out.IdempotencyRepository;
import dev.switchboard.application.port.out.IdempotencyRepository.Entry;
import dev.switchboard.application.port.out.IdempotencyRepository.Response;
import dev.switchboard.domain.organization.OrganizationId;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;

/**
 * Claims keys through the repository's atomic insert, so of two racing requests exactly one proceeds. A key older
 * than {@link #RETENTION} counts as unused. A request that dies without completing or abandoning its key (its node
 * was killed) leaves it in progress; after {@link #ABANDONED_AFTER} the next request with the key and the same body
 * takes it over, instead of being refused as a duplicate in flight until the key expires.
 */
final class IdempotencyService implements IdempotencyUseCase {

  /** Longer keys and fingerprints are stored as their hash, so storage stays bounded whatever a client sends. */
  static final int MAX_STORED_LENGTH = 200;

  private final IdempotencyRepository keys;
  private final InstantSource clock;

  IdempotencyService(IdempotencyRepository keys, InstantSource clock) {
    this.keys = keys;
    this.clock = clock;
  }

  @Override
  public Claim begin(OrganizationId organization, String rawKey, String rawFingerprint) {
    String key = bounded(rawKey);
    String requestFingerprint = bounded(rawFingerprint);
    Instant now = clock.instant();
    Instant expiredBefore = now.minus(RETENTION);
    Instant abandonedBefore = now.minus(ABANDONED_AFTER);
    // Two rounds: a key released, expired or abandoned between our claim and our read is claimed again once.
    for (int round = 0; round < 2; round++) {
      if (keys.claim(organization, key, requestFingerprint, now)) {
        return new Claim.Proceed();
      }
      Optional<Entry> existing = keys.find(organization, key);
      if (existing.isEmpty()) {
        continue;
      }
      Entry entry = existing.get();
      if (entry.createdAt().isBefore(expiredBefore)) {
        keys.deleteIfCreatedBefore(organization, key, expiredBefore);
        continue;
      }
      if (!entry.fingerprint().equals(requestFingerprint)) {
        return new Claim.Mismatch();
      }
      if (entry.response().isEmpty() && entry.createdAt().isBefore(abandonedBefore)) {
        keys.releaseIfClaimedBefore(organization, key, abandonedBefore);
        continue;
      }
      return entry.response()
          .<Claim>map(response -> new Claim.Replay(new StoredResponse(
              response.status(), response.contentType(), response.location().orElse(null), response.body())))
          .orElseGet(Claim.InProgress::new);
    }
    return new Claim.InProgress();
  }

  static String bounded(String value) {
    return value.length() <= MAX_STORED_LENGTH ? value : "sha256:" + KeyHashes.hash(value);
  }

  @Override
  public void complete(OrganizationId organization, String key, StoredResponse response) {
    keys.complete(
        organization,
        bounded(key),
        new Response(response.status(), response.contentType(), Optional.ofNullable(response.location()), response.body()));
  }

  @Override
  public void abandon(OrganizationId organization, String key) {
    keys.release(organization, bounded(key));
  }
}
