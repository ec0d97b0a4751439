package dev.switchboard.application.service;

import dev.switchboard.application.port.in.IdempotencyUseCase;
import dev.switchboard.application.port.in.PurgeIdempotencyKeysUseCase;
import dev.switchboard.application.port.out.IdempotencyRepository;
import java.time.InstantSource;

final class PurgeIdempotencyKeysService implements PurgeIdempotencyKeysUseCase {

  private final IdempotencyRepository keys;
  private final InstantSource clock;

  PurgeIdempotencyKeysService(IdempotencyRepository keys, InstantSource clock) {
    this.keys = keys;
    this.clock = clock;
  }

  @Override
  public int purgeExpired() {
    return keys.purgeCreatedBefore(clock.instant().minus(IdempotencyUseCase.RETENTION));
  }
}
