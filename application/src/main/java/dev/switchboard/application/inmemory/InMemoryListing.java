package dev.switchboard.application.inmemory;

import dev.switchboard.application.query.Cursor;
import dev.switchboard.application.query.Filter;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.Page;
import dev.switchboard.application.query.PageRequest;
import dev.switchboard.application.query.QueryField;
import dev.switchboard.application.query.Sort;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Filters, sorts and pages a collection the way the SQL adapters do, so that the in-memory adapters pass the same
 * repository contract. Rows are ordered by the sort keys, then by id. Like them, only numbered pages carry totals.
 */
final class InMemoryListing {

  private InMemoryListing() {}

  static <T> Page<T> page(Collection<T> rows, ListQuery<T> query, QueryField<T> idField) {
    List<T> matching = rows.stream().filter(row -> matchesAll(row, query.filters())).toList();
    List<Sort<T>> sort = query.sort();
    Comparator<Object[]> keyOrder = keyComparator(sort);
    List<T> ordered = matching.stream()
        .sorted((a, b) -> keyOrder.compare(key(a, sort, idField), key(b, sort, idField)))
        .toList();
    return switch (query.page()) {
      case PageRequest.Numbered numbered -> {
        int from = (int) Math.min(ordered.size(), numbered.offset());
        int to = Math.min(ordered.size(), from + numbered.size());
        yield Page.numbered(ordered.subList(from, to), new Page.Totals(ordered.size(), rows.size()), numbered);
      }
      case PageRequest.Keyset keyset -> keysetPage(ordered, keyset, sort, idField, keyOrder);
    };
  }

  private static <T> Page<T> keysetPage(
      List<T> ordered,
      PageRequest.Keyset keyset,
      List<Sort<T>> sort,
      QueryField<T> idField,
      Comparator<Object[]> keyOrder) {
    int start;
    int end;
    if (keyset.cursor().isEmpty()) {
      start = 0;
      end = Math.min(ordered.size(), keyset.size());
    } else {
      Object[] cursorKey = cursorKey(keyset.cursor().get());
      int firstAfter = 0;
      while (firstAfter < ordered.size() && keyOrder.compare(key(ordered.get(firstAfter), sort, idField), cursorKey) <= 0) {
        firstAfter++;
      }
      if (keyset.backwards()) {
        int lastBefore = firstAfter;
        while (lastBefore > 0 && keyOrder.compare(key(ordered.get(lastBefore - 1), sort, idField), cursorKey) >= 0) {
          lastBefore--;
        }
        end = lastBefore;
        start = Math.max(0, end - keyset.size());
      } else {
        start = firstAfter;
        end = Math.min(ordered.size(), start + keyset.size());
      }
    }
    List<T> items = ordered.subList(start, end);
    Optional<Cursor> next = end < ordered.size() && !items.isEmpty()
        ? Optional.of(Cursor.of(items.getLast(), sort, idField))
        : Optional.empty();
    Optional<Cursor> previous = start > 0 && !items.isEmpty()
        ? Optional.of(Cursor.of(items.getFirst(), sort, idField))
        : Optional.empty();
    return Page.keyset(items, keyset, next, previous);
  }

  private static <T> Object[] key(T row, List<Sort<T>> sort, QueryField<T> idField) {
    Object[] key = new Object[sort.size() + 1];
    for (int i = 0; i < sort.size(); i++) {
      key[i] = sort.get(i).field().read(row);
    }
    key[sort.size()] = idField.read(row);
    return key;
  }

  private static Object[] cursorKey(Cursor cursor) {
    List<Object> key = new ArrayList<>(cursor.sortValues());
    key.add(cursor.id());
    return key.toArray();
  }

  private static <T> Comparator<Object[]> keyComparator(List<Sort<T>> sort) {
    return (a, b) -> {
      for (int i = 0; i < a.length; i++) {
        int order = compareValues(a[i], b[i]);
        if (order != 0) {
          return i < sort.size() && sort.get(i).descending() ? -order : order;
        }
      }
      return 0;
    };
  }

  /** Compares like the databases do: UUIDs as unsigned bytes (their text order), text by code point. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareValues(Object a, Object b) {
    if (a instanceof UUID || b instanceof UUID) {
      return String.valueOf(a).compareTo(String.valueOf(b));
    }
    return ((Comparable) a).compareTo(b);
  }

  private static <T> boolean matchesAll(T row, List<Filter<T>> filters) {
    return filters.stream().allMatch(filter -> matches(filter.field().read(row), filter));
  }

  private static boolean matches(Object value, Filter<?> filter) {
    if (value == null) {
      return false;
    }
    Object expected = filter.values().getFirst();
    return switch (filter.operator()) {
      case EQ -> value.equals(expected);
      case MATCH -> filter.values().contains(value);
      case EQL -> value.toString().toLowerCase(Locale.ROOT).equals(expected.toString().toLowerCase(Locale.ROOT));
      case PREFIX -> value.toString().startsWith(expected.toString());
      case SUFFIX -> value.toString().endsWith(expected.toString());
      case GT -> compareValues(value, expected) > 0;
      case GTE -> compareValues(value, expected) >= 0;
      case LT -> compareValues(value, expected) < 0;
      case LTE -> compareValues(value, expected) <= 0;
    };
  }
}
