package dev.switchboard.adapter.http.jsonapi;

import java.util.Optional;
import java.util.UUID;

/** Strict UUID parsing: only the canonical 8-4-4-4-12 hex form (any case) is an id. */
public final class Uuids {

  private static final int LENGTH = 36;

  private Uuids() {}

  public static Optional<UUID> parse(String text) {
    if (text == null || !isCanonical(text)) {
      return Optional.empty();
    }
    return Optional.of(UUID.fromString(text));
  }

  // A loop rather than a regular expression: every request parses at least one id, and this is several times cheaper.
  private static boolean isCanonical(String text) {
    if (text.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = text.charAt(i);
      boolean valid = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-' : Character.digit(c, 16) >= 0 && c < 128;
      if (!valid) {
        return false;
      }
    }
    return true;
  }
}
