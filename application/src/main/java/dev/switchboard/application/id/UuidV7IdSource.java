package dev.switchboard.application.id;

import dev.switchboard.application.port.out.IdSource;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;

/**
 * Time-ordered UUIDs (RFC 9562 version 7): 48 bits of Unix milliseconds, then a 12-bit counter that keeps ids made
 * in the same millisecond in order, then random bits. New rows land at the end of indexes and id order is creation
 * order, which keyset pages rely on. Thread-safe.
 */
public final class UuidV7IdSource implements IdSource {

  private final InstantSource clock;
  private final RandomGenerator random;
  private final ReentrantLock lock = new ReentrantLock();
  private long lastMillis = -1;
  private int counter;

  public UuidV7IdSource(InstantSource clock, RandomGenerator random) {
    this.clock = clock;
    this.random = random;
  }

  public static UuidV7IdSource system() {
    return new UuidV7IdSource(InstantSource.system(), new SecureRandom());
  }

  @Override
  public UUID nextId() {
    long millis;
    int sequence;
    lock.lock();
    try {
      millis = Math.max(clock.millis(), lastMillis);
      if (millis == lastMillis) {
        counter++;
        if (counter > 0xFFF) {
          // 4096 ids in one millisecond: borrow the next millisecond rather than break the order.
          millis++;
          counter = 0;
        }
      } else {
        counter = 0;
      }
      lastMillis = millis;
      sequence = counter;
    } finally {
      lock.unlock();
    }
    long high = (millis << 16) | 0x7000L | sequence;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low);
  }
}
