package dev.switchboard.adapter.http.idempotency;

import dev.switchboard.adapter.http.jsonapi.ApiError;
import dev.switchboard.adapter.http.jsonapi.ApiException;
import dev.switchboard.application.port.in.IdempotencyUseCase;
import dev.switchboard.application.port.in.IdempotencyUseCase.Claim;
import dev.switchboard.application.port.in.IdempotencyUseCase.StoredResponse;
import dev.switchboard.domain.organization.OrganizationId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} for POST requests, over {@link IdempotencyUseCase}:
 *
 * <ul>
 *   <li>first use of a key: the request runs and its response is stored (5xx responses are not: the key is
 *       released so that a retry may run again);
 *   <li>the same key with the same method, path and body: the stored response, byte for byte; nothing runs again;
 *   <li>the same key with another request: 422 {@code idempotency_key_reused};
 *   <li>the same key while the first request still runs (two racing retries): wait up to {@code waitForInFlight}
 *       for it to finish and replay its response, else 409 {@code idempotency_key_in_use}.
 * </ul>
 *
 * Thread-safe: it holds only the use case, which serialises claims on a key.
 */
public final class IdempotentRequests {

  public static final String HEADER = "Idempotency-Key";
  private static final int MAX_KEY_LENGTH = 255;
  private static final Duration POLL_INTERVAL = Duration.ofMillis(25);

  private final IdempotencyUseCase idempotency;
  private final Duration waitForInFlight;

  public IdempotentRequests(IdempotencyUseCase idempotency, Duration waitForInFlight) {
    this.idempotency = Objects.requireNonNull(idempotency, "idempotency");
    this.waitForInFlight = Objects.requireNonNull(waitForInFlight, "waitForInFlight");
  }

  /**
   * Runs {@code work} at most once per key. {@code work} returns the finished response; an exception from it
   * releases the key and propagates.
   */
  public StoredResponse run(
      OrganizationId organization, String key, String method, String path, byte[] body, Supplier<StoredResponse> work) {
    checkKey(key);
    String fingerprint = fingerprint(method, path, body);
    long deadline = System.nanoTime() + waitForInFlight.toNanos();
    while (true) {
      Claim claim = idempotency.begin(organization, key, fingerprint);
      switch (claim) {
        case Claim.Replay replay -> {
          return replay.response();
        }
        case Claim.Mismatch mismatch ->
            throw ApiException.unprocessable(
                "idempotency_key_reused",
                "This Idempotency-Key was used for a different request; use a new key for a new request");
        case Claim.Proceed proceed -> {
          return proceed(organization, key, work);
        }
        case Claim.InProgress inProgress -> {
          if (System.nanoTime() > deadline) {
            throw new ApiException(ApiError.of(
                409,
                "idempotency_key_in_use",
                "A request with this Idempotency-Key is still being processed; retry shortly"));
          }
          sleep();
        }
      }
    }
  }

  private StoredResponse proceed(OrganizationId organization, String key, Supplier<StoredResponse> work) {
    StoredResponse response;
    try {
      response = work.get();
    } catch (RuntimeException | Error failure) {
      idempotency.abandon(organization, key);
      throw failure;
    }
    if (response.status() >= 500) {
      idempotency.abandon(organization, key);
    } else {
      idempotency.complete(organization, key, response);
    }
    return response;
  }

  private static void checkKey(String key) {
    if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
      throw new ApiException(ApiError.of(
          400,
          "invalid_idempotency_key",
          "Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters (a UUID, say)"));
    }
  }

  static String fingerprint(String method, String path, byte[] body) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
      digest.update(body);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL_INTERVAL);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(ApiError.of(503, "interrupted", "The server is shutting down; retry shortly"));
    }
  }
}
