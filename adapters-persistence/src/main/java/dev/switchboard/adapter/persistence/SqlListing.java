package dev.switchboard.adapter.persistence;

import dev.switchboard.application.query.Cursor;
import dev.switchboard.application.query.Filter;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.Page;
import dev.switchboard.application.query.PageRequest;
import dev.switchboard.application.query.QueryField;
import dev.switchboard.application.query.Sort;
import dev.switchboard.application.query.ValueType;
import dev.switchboard.domain.organization.OrganizationId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Filters, sorts and pages one table in SQL, the way {@code InMemoryListing} does in memory: rows of one organization
 * that match every filter, ordered by the sort keys and then by id, one numbered or keyset page of them. Numbered
 * pages also count the organization's rows and the matching ones (two {@code COUNT(*)}, O(rows)); keyset pages do not,
 * so that they cost O(page) however large the organization.
 *
 * <p>Only whitelisted column names (fixed when the listing is built) ever reach the SQL text; every value is a bound
 * parameter. Keyset conditions are written out portably ({@code a > ? OR (a = ? AND id > ?)}, per key direction),
 * with a redundant bound on the first key so that an index on it can start at the cursor.
 */
final class SqlListing<T> {

  private static final Pattern SAFE_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

  private record Column(String name, ValueType type) {}

  /** A sort key with the cursor's value for it. */
  private record Key(Column column, boolean descending, Object value) {}

  private final String table;
  private final String selectColumns;
  private final QueryField<T> idField;
  private final Map<String, Column> columns;
  private final RowMapper<T> mapper;

  /**
   * @param fields every field listings may use; each needs a column in {@code columnByAttribute}
   * @param columnByAttribute the column of each field's attribute: the whitelist
   */
  SqlListing(
      String table,
      String selectColumns,
      QueryField<T> idField,
      List<QueryField<T>> fields,
      Map<String, String> columnByAttribute,
      RowMapper<T> mapper) {
    this.table = requireSafe(table);
    this.selectColumns = selectColumns;
    this.idField = idField;
    this.mapper = mapper;
    Map<String, Column> byAttribute = new HashMap<>();
    for (QueryField<T> field : fields) {
      String column = columnByAttribute.get(field.attribute());
      if (column == null) {
        throw new IllegalStateException("no column for " + table + "." + field.attribute());
      }
      byAttribute.put(field.attribute(), new Column(requireSafe(column), field.type()));
    }
    this.columns = Map.copyOf(byAttribute);
  }

  Page<T> page(Handle handle, OrganizationId organization, ListQuery<T> query) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("org", organization.value());
    StringBuilder where = new StringBuilder("organization_id = :org");
    for (Filter<T> filter : query.filters()) {
      where.append(" AND ").append(condition(filter, params));
    }
    return switch (query.page()) {
      case PageRequest.Numbered numbered -> {
        // Only numbered pages count: each COUNT reads every matching row, which a keyset page must not pay for.
        long unfiltered = count(handle, "organization_id = :org", Map.of("org", organization.value()));
        long total = query.filters().isEmpty() ? unfiltered : count(handle, where.toString(), params);
        Map<String, Object> pageParams = new LinkedHashMap<>(params);
        pageParams.put("limit", numbered.size());
        pageParams.put("offset", numbered.offset());
        List<T> items = select(handle, where + orderBy(query.sort(), false) + " LIMIT :limit OFFSET :offset", pageParams);
        yield Page.numbered(items, new Page.Totals(total, unfiltered), numbered);
      }
      case PageRequest.Keyset keyset -> keysetPage(handle, where.toString(), params, query.sort(), keyset);
    };
  }

  private Page<T> keysetPage(
      Handle handle,
      String where,
      Map<String, Object> filterParams,
      List<Sort<T>> sort,
      PageRequest.Keyset keyset) {
    Map<String, Object> params = new LinkedHashMap<>(filterParams);
    params.put("limit", keyset.size() + 1);
    if (keyset.cursor().isEmpty()) {
      List<T> rows = select(handle, where + orderBy(sort, false) + " LIMIT :limit", params);
      boolean more = rows.size() > keyset.size();
      List<T> items = more ? rows.subList(0, keyset.size()) : rows;
      return Page.keyset(items, keyset, cursorAfter(more, items, sort), Optional.empty());
    }
    List<Key> keys = keys(sort, keyset.cursor().get(), params);
    boolean forward = !keyset.backwards();
    String page = where + " AND " + keysetCondition(keys, forward, false) + orderBy(sort, !forward) + " LIMIT :limit";
    List<T> rows = select(handle, page, params);
    boolean moreThisWay = rows.size() > keyset.size();
    List<T> items = new ArrayList<>(moreThisWay ? rows.subList(0, keyset.size()) : rows);
    if (!forward) {
      Collections.reverse(items);
    }
    // Is there anything the other way, i.e. at or behind the cursor? One probe row answers it.
    boolean moreOtherWay = !items.isEmpty()
        && exists(handle, where + " AND " + keysetCondition(keys, !forward, true), params);
    boolean hasNext = forward ? moreThisWay : moreOtherWay;
    boolean hasPrevious = forward ? moreOtherWay : moreThisWay;
    return Page.keyset(
        items,
        keyset,
        cursorAfter(hasNext, items, sort),
        hasPrevious && !items.isEmpty() ? Optional.of(Cursor.of(items.getFirst(), sort, idField)) : Optional.empty());
  }

  private Optional<Cursor> cursorAfter(boolean more, List<T> items, List<Sort<T>> sort) {
    return more && !items.isEmpty() ? Optional.of(Cursor.of(items.getLast(), sort, idField)) : Optional.empty();
  }

  /** The sort keys and the id, each with the cursor's value bound as a parameter {@code k0, k1, ...}. */
  private List<Key> keys(List<Sort<T>> sort, Cursor cursor, Map<String, Object> params) {
    if (cursor.sortValues().size() != sort.size()) {
      throw new IllegalArgumentException("page cursor does not fit this sort order");
    }
    List<Key> keys = new ArrayList<>();
    for (int i = 0; i < sort.size(); i++) {
      keys.add(new Key(column(sort.get(i).field()), sort.get(i).descending(), cursor.sortValues().get(i)));
    }
    keys.add(new Key(column(idField), false, cursor.id()));
    for (int i = 0; i < keys.size(); i++) {
      params.put("k" + i, keys.get(i).value());
    }
    return keys;
  }

  /**
   * The rows after ({@code forward}) or before the cursor in listing order, the cursor's own position included when
   * {@code inclusive}: {@code (a > :k0) OR (a = :k0 AND b > :k1) OR ...} with each comparison turned for a
   * descending key, led by {@code a >= :k0} so that an index on {@code a} can seek.
   */
  private static String keysetCondition(List<Key> keys, boolean forward, boolean inclusive) {
    StringBuilder any = new StringBuilder("(");
    for (int i = 0; i < keys.size(); i++) {
      if (i > 0) {
        any.append(" OR ");
      }
      any.append('(');
      for (int j = 0; j < i; j++) {
        any.append(keys.get(j).column().name()).append(" = :k").append(j).append(" AND ");
      }
      boolean last = i == keys.size() - 1;
      any.append(keys.get(i).column().name())
          .append(' ')
          .append(comparison(forward, keys.get(i).descending(), inclusive && last))
          .append(" :k")
          .append(i)
          .append(')');
    }
    any.append(')');
    if (keys.size() == 1) {
      return any.toString();
    }
    Key first = keys.getFirst();
    return first.column().name() + " " + comparison(forward, first.descending(), true) + " :k0 AND " + any;
  }

  private static String comparison(boolean forward, boolean descending, boolean orEqual) {
    String operator = forward != descending ? ">" : "<";
    return orEqual ? operator + "=" : operator;
  }

  private String orderBy(List<Sort<T>> sort, boolean reversed) {
    StringBuilder order = new StringBuilder(" ORDER BY ");
    for (Sort<T> key : sort) {
      order.append(column(key.field()).name()).append(key.descending() != reversed ? " DESC" : " ASC").append(", ");
    }
    return order.append(column(idField).name()).append(reversed ? " DESC" : " ASC").toString();
  }

  private String condition(Filter<T> filter, Map<String, Object> params) {
    Column column = column(filter.field());
    String name = column.name();
    if (filter.operator().isTextual() && column.type() != ValueType.STRING) {
      throw new IllegalArgumentException(
          "operator " + filter.operator().wireName() + " works on text, but " + filter.field().attribute() + " is not text");
    }
    Object value = filter.values().getFirst();
    return switch (filter.operator()) {
      case EQ -> name + " = " + param(params, value);
      case EQL -> "LOWER(" + name + ") = LOWER(" + param(params, value) + ")";
      case PREFIX -> name + " LIKE " + param(params, escapeLike(value.toString()) + "%") + " ESCAPE '\\'";
      case SUFFIX -> name + " LIKE " + param(params, "%" + escapeLike(value.toString())) + " ESCAPE '\\'";
      case GT -> name + " > " + param(params, value);
      case GTE -> name + " >= " + param(params, value);
      case LT -> name + " < " + param(params, value);
      case LTE -> name + " <= " + param(params, value);
      case MATCH -> {
        StringBuilder in = new StringBuilder(name).append(" IN (");
        for (int i = 0; i < filter.values().size(); i++) {
          in.append(i == 0 ? "" : ", ").append(param(params, filter.values().get(i)));
        }
        yield in.append(')').toString();
      }
    };
  }

  private Column column(QueryField<T> field) {
    Column column = columns.get(field.attribute());
    if (column == null) {
      throw new IllegalArgumentException("cannot list " + table + " by " + field.attribute());
    }
    return column;
  }

  private static String param(Map<String, Object> params, Object value) {
    String name = "f" + params.size();
    params.put(name, value);
    return ":" + name;
  }

  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private long count(Handle handle, String where, Map<String, Object> params) {
    return handle.createQuery("SELECT COUNT(*) FROM " + table + " WHERE " + where)
        .bindMap(params)
        .mapTo(Long.class)
        .one();
  }

  private boolean exists(Handle handle, String where, Map<String, Object> params) {
    Map<String, Object> probe = new LinkedHashMap<>(params);
    probe.remove("limit");
    return handle.createQuery("SELECT 1 FROM " + table + " WHERE " + where + " LIMIT 1")
        .bindMap(probe)
        .mapTo(Integer.class)
        .findFirst()
        .isPresent();
  }

  private List<T> select(Handle handle, String whereOrderLimit, Map<String, Object> params) {
    return handle.createQuery("SELECT " + selectColumns + " FROM " + table + " WHERE " + whereOrderLimit)
        .bindMap(params)
        .map(mapper)
        .list();
  }

  private static String requireSafe(String name) {
    if (!SAFE_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a plain SQL name: " + name);
    }
    return name;
  }
}
