package dev.switchboard.application.id;

import dev.switchboard.application.port.out.IdSource;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;

/**
 * Time-ordered UUIDs (RFC 9562 version 7): 48 bits of Unix milliseconds, then a 12-bit counter that keeps ids made
 * in the same millisecond in order, then random bits. New rows land at the end of indexes and id order is creation
 * order, which keyset pages rely on. Thread-safe.
 *
 * <p>The random bits are drawn a few kilobytes at a time: a {@link SecureRandom} call costs about as much for eight
 * bytes as for many (and {@code nextLong} makes two of them), and an id is made for every row an accept writes.
 */
public final class UuidV7IdSource implements IdSource {

  private static final VarHandle LONG_AT = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  private final InstantSource clock;
  private final RandomGenerator random;
  private final ReentrantLock lock = new ReentrantLock();
  private long lastMillis = -1;
  private int counter;
  private final byte[] randomBits = new byte[Long.BYTES * 256];
  private int nextRandom = randomBits.length;

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
    long randomLong;
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
      if (nextRandom == randomBits.length) {
        random.nextBytes(randomBits);
        nextRandom = 0;
      }
      randomLong = (long) LONG_AT.get(randomBits, nextRandom);
      nextRandom += Long.BYTES;
    } finally {
      lock.unlock();
    }
    long high = (millis << 16) | 0x7000L | sequence;
    long low = (randomLong & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low);
  }
}
