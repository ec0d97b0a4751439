package dev.switchboard.application.port.in;

import dev.switchboard.domain.organization.OrganizationId;
import java.time.Duration;
import java.util.Objects;

/**
 * Makes a repeated request with the same {@code Idempotency-Key} return the first response instead of acting again.
 * A request first {@link #begin}s its key; only the one that gets {@link Claim.Proceed} does the work, then
 * {@link #complete}s the key with its response. Keys are kept at least 24 hours.
 */
public interface IdempotencyUseCase {

  /** What a finished request answered, replayed byte for byte. */
  record StoredResponse(int status, String contentType, String location, String body) {
    public StoredResponse {
      Objects.requireNonNull(contentType, "contentType");
      Objects.requireNonNull(body, "body");
    }
  }

  sealed interface Claim {
    /** First use of the key: do the work, then {@link #complete}. */
    record Proceed() implements Claim {}

    /** The key was used for this same request before: answer with the stored response. */
    record Replay(StoredResponse response) implements Claim {}

    /** The key was used for a different request (another body, method or path): a client error. */
    record Mismatch() implements Claim {}

    /** A request with this key is still being worked on; ask again shortly. */
    record InProgress() implements Claim {}
  }

  /** {@code requestFingerprint} identifies method, path and body (a hash). */
  Claim begin(OrganizationId organization, String key, String requestFingerprint);

  void complete(OrganizationId organization, String key, StoredResponse response);

  /** Releases a key whose request failed without a response worth replaying (a 5xx), so a retry may proceed. */
  void abandon(OrganizationId organization, String key);

  /** How long keys are kept. */
  Duration RETENTION = Duration.ofHours(24);

  /**
   * Far longer than any request runs: a key still in progress after this was claimed by a request that died with its
   * node, and the next request with the key and the same body takes it over.
   */
  Duration ABANDONED_AFTER = Duration.ofMinutes(10);
}
