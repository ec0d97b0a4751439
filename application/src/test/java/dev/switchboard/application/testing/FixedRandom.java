package dev.switchboard.application.testing;

import java.util.random.RandomGenerator;

/**
 * A random generator that always gives the same fraction, so the dispatcher's retry jitter is known:
 * {@code FixedRandom.of(0.0)} makes every backoff its shortest (half the nominal delay).
 */
public final class FixedRandom implements RandomGenerator {

  private final double fraction;

  private FixedRandom(double fraction) {
    if (fraction < 0.0 || fraction >= 1.0) {
      throw new IllegalArgumentException("a random fraction is in [0, 1): " + fraction);
    }
    this.fraction = fraction;
  }

  public static FixedRandom of(double fraction) {
    return new FixedRandom(fraction);
  }

  @Override
  public double nextDouble() {
    return fraction;
  }

  @Override
  public long nextLong() {
    return (long) (fraction * 0x1.0p53) << 11;
  }
}
