package dev.switchboard.application.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that stands still until a test moves it: {@link #advance} it to let time pass, {@link #set} it to jump. */
public final class MutableClock implements InstantSource {

  private final AtomicReference<Instant> now;

  public MutableClock(Instant start) {
    this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
  }

  public static MutableClock at(Instant start) {
    return new MutableClock(start);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  /** Moves the clock forward by {@code duration} and returns the new now. */
  public Instant advance(Duration duration) {
    return now.updateAndGet(current -> current.plus(duration));
  }
}
