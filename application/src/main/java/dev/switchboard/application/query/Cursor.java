package dev.switchboard.application.query;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A position in a sorted listing: the sort values of one row and its id, which breaks ties (ids are time-ordered
 * UUIDv7, unique). Its text form is opaque to clients: base64url of the values separated by newlines.
 */
public record Cursor(List<Object> sortValues, UUID id) {

  public Cursor {
    sortValues = List.copyOf(sortValues);
    Objects.requireNonNull(id, "id");
  }

  /** The cursor of {@code item} for the given sort keys. */
  public static <T> Cursor of(T item, List<Sort<T>> sort, QueryField<T> idField) {
    List<Object> values = sort.stream().map(key -> key.field().read(item)).toList();
    return new Cursor(values, (UUID) idField.read(item));
  }

  public String encode() {
    StringBuilder text = new StringBuilder();
    for (Object value : sortValues) {
      text.append(escape(render(value))).append('\n');
    }
    text.append(id);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Reads a cursor made by {@link #encode()} for the same sort keys; anything else is refused. */
  public static <T> Cursor decode(String token, List<Sort<T>> sort) {
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("page cursor is malformed", e);
    }
    String[] parts = text.split("\n", -1);
    if (parts.length != sort.size() + 1) {
      throw new IllegalArgumentException("page cursor does not fit this sort order");
    }
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < sort.size(); i++) {
      values.add(sort.get(i).field().type().parse(unescape(parts[i])));
    }
    Object id = ValueType.UUID.parse(parts[sort.size()]);
    return new Cursor(values, (UUID) id);
  }

  static String render(Object value) {
    return value instanceof Instant instant ? instant.toString() : String.valueOf(value);
  }

  /** Text values may hold the newline that separates values: it is written as backslash-n, a backslash doubled. */
  private static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\n", "\\n");
  }

  private static String unescape(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        char next = value.charAt(++i);
        out.append(next == 'n' ? '\n' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
