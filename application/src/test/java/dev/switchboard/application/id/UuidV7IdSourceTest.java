package dev.switchboard.application.id;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UuidV7IdSourceTest {

  private static final Instant NOW = Instant.parse("2025-03-10T09:00:00.123Z");

  private final MutableClock clock = MutableClock.at(NOW);
  private final UuidV7IdSource source = new UuidV7IdSource(clock, new SplittableRandom(7));

  private List<UUID> take(int count) {
    List<UUID> ids = new ArrayList<>();
    IntStream.range(0, count).forEach(i -> ids.add(source.nextId()));
    return ids;
  }

  @Test
  void givenAnyClock_nextId_isVersion7WithTheRfcVariant() {
    List<UUID> ids = take(100);

    assertThat(ids).allSatisfy(id -> {
      assertThat(id.version()).isEqualTo(7);
      assertThat(id.variant()).isEqualTo(2);
    });
  }

  @Test
  void givenClock_nextId_startsWithTheUnixMilliseconds() {
    UUID id = source.nextId();

    assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(NOW.toEpochMilli());
    assertThat(id.toString()).startsWith(String.format("%08x-%04x", NOW.toEpochMilli() >>> 16, NOW.toEpochMilli() & 0xFFFF));
  }

  @Test
  void givenFixedClock_tenThousandIds_areStrictlyIncreasingInTextOrder() {
    List<String> ids = take(10_000).stream().map(UUID::toString).toList();

    for (int i = 1; i < ids.size(); i++) {
      assertThat(ids.get(i)).as("id %d after %s", i, ids.get(i - 1)).isGreaterThan(ids.get(i - 1));
    }
    assertThat(new HashSet<>(ids)).hasSize(10_000);
  }

  @Test
  void givenFixedClock_tenThousandIds_areStrictlyIncreasingAsUuids() {
    List<UUID> ids = take(10_000);

    assertThat(ids).isSortedAccordingTo((a, b) -> a.toString().compareTo(b.toString()));
    assertThat(ids.getLast().getMostSignificantBits() >>> 16).isGreaterThan(NOW.toEpochMilli());
  }

  @Test
  void givenClockThatGoesBack_nextId_stillSortsAfterTheLastId() {
    UUID before = source.nextId();

    clock.set(NOW.minus(Duration.ofSeconds(5)));
    UUID after = source.nextId();

    assertThat(after.toString()).isGreaterThan(before.toString());
  }

  @Test
  void givenClockThatMovesOn_nextId_carriesTheNewMilliseconds() {
    source.nextId();

    clock.advance(Duration.ofMillis(3));
    UUID later = source.nextId();

    assertThat(later.getMostSignificantBits() >>> 16).isEqualTo(NOW.toEpochMilli() + 3);
  }

  @Test
  void givenSameRandomBitsTwice_idsStillDiffer() {
    UuidV7IdSource constantRandom = new UuidV7IdSource(clock, () -> 42L);

    UUID first = constantRandom.nextId();
    UUID second = constantRandom.nextId();

    assertThat(second).isNotEqualTo(first);
    assertThat(second.toString()).isGreaterThan(first.toString());
  }

  @Test
  void givenManyIds_eachCarriesRandomBitsOfItsOwn() {
    // Several times the bits drawn at once, so that refills are crossed.
    List<UUID> ids = take(5_000);

    assertThat(ids.stream().map(id -> id.getLeastSignificantBits() & 0x3FFFFFFFFFFFFFFFL).distinct())
        .hasSize(5_000);
  }
}
