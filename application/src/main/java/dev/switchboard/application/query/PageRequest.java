package dev.switchboard.application.query;

import java.util.Objects;
import java.util.Optional;

/**
 * Which slice of a listing to return: a page by number ({@code page[number]}, {@code page[size]}) or a keyset page
 * after or before a cursor ({@code page[after]}, {@code page[before]}), which stays fast however deep it goes.
 */
public sealed interface PageRequest {

  int DEFAULT_SIZE = 25;
  int MAX_SIZE = 200;

  int size();

  record Numbered(int number, int size) implements PageRequest {
    public Numbered {
      if (number < 1) {
        throw new IllegalArgumentException("page[number] starts at 1");
      }
      checkSize(size);
    }

    public long offset() {
      return (long) (number - 1) * size;
    }
  }

  /** A keyset page; without a cursor it is the first page. */
  record Keyset(Optional<Cursor> cursor, boolean backwards, int size) implements PageRequest {
    public Keyset {
      Objects.requireNonNull(cursor, "cursor");
      checkSize(size);
      if (backwards && cursor.isEmpty()) {
        throw new IllegalArgumentException("page[before] needs a cursor");
      }
    }
  }

  /** A size the caller asked for, clamped to 1..200 as the Recrubo API does. */
  static int clampSize(int requested) {
    return Math.max(1, Math.min(MAX_SIZE, requested));
  }

  private static void checkSize(int size) {
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("page[size] must be between 1 and " + MAX_SIZE);
    }
  }

  static PageRequest firstPage() {
    return new Numbered(1, DEFAULT_SIZE);
  }
}
