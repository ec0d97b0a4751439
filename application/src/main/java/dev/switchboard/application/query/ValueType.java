package dev.switchboard.application.query;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** The type of a filterable field; it turns the text of a query string into a value that compares correctly. */
public enum ValueType {
  STRING,
  UUID,
  INSTANT,
  BOOLEAN;

  /** Parses one filter value; a malformed value is the caller's mistake and is refused with a reason. */
  public Object parse(String text) {
    return switch (this) {
      case STRING -> text;
      case UUID -> parseUuid(text);
      case INSTANT -> parseInstant(text);
      case BOOLEAN -> parseBoolean(text);
    };
  }

  private static Object parseUuid(String text) {
    try {
      java.util.UUID uuid = java.util.UUID.fromString(text);
      if (!uuid.toString().equalsIgnoreCase(text)) {
        throw new IllegalArgumentException("'" + text + "' is not a UUID");
      }
      return uuid;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + text + "' is not a UUID", e);
    }
  }

  /** Accepts a date ({@code 2022-02-05}, meaning its start in UTC) or a date-time with an offset. */
  private static Object parseInstant(String text) {
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not a date (2022-02-05) or date-time (2022-02-05T10:00:00Z)", e);
    }
  }

  private static Object parseBoolean(String text) {
    return switch (text) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new IllegalArgumentException("'" + text + "' is not true or false");
    };
  }

  /** Whether values of this type have an order, so that gt/lt make sense. */
  public boolean isOrdered() {
    return this == STRING || this == INSTANT;
  }
}
