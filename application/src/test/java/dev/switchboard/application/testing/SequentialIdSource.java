package dev.switchboard.application.testing;

import dev.switchboard.application.port.out.IdSource;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Predictable ids: {@code 00000000-0000-7000-8000-000000000001}, then {@code ...0002} and so on. Like production's
 * UUIDv7 ids, their text order is the order they were handed out in, which keyset pages rely on.
 */
public final class SequentialIdSource implements IdSource {

  private final AtomicLong last = new AtomicLong();

  @Override
  public UUID nextId() {
    return id(last.incrementAndGet());
  }

  /** The {@code n}th id this source hands out (1-based). */
  public static UUID id(long n) {
    return UUID.fromString(String.format("00000000-0000-7000-8000-%012x", n));
  }

  /** How many ids were handed out so far. */
  public long issued() {
    return last.get();
  }
}
