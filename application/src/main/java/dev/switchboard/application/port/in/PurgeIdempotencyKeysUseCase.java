package dev.switchboard.application.port.in;

/**
 * Forgets idempotency keys older than {@link IdempotencyUseCase#RETENTION}; a housekeeping worker calls it now and
 * then. Expired keys are ignored by {@link IdempotencyUseCase#begin} even before they are purged.
 */
public interface PurgeIdempotencyKeysUseCase {
  /** Returns how many keys were forgotten. */
  int purgeExpired();
}
