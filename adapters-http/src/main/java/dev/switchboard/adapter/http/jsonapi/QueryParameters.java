package dev.switchboard.adapter.http.jsonapi;

import dev.switchboard.application.query.Cursor;
import dev.switchboard.application.query.Filter;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.Operator;
import dev.switchboard.application.query.PageRequest;
import dev.switchboard.application.query.QueryField;
import dev.switchboard.application.query.Sort;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the JSON:API query string: {@code filter[field]=v}, {@code filter[field][op]=v}, {@code sort=-a,b},
 * {@code page[number|size|after|before]} and {@code include=a,b}. An empty {@code page[after]=} asks for the first
 * keyset page; its links lead on with cursors. Every mistake is a 400 naming the parameter;
 * unknown parameters are refused too, as JSON:API requires.
 */
public final class QueryParameters {

  private static final Pattern FILTER = Pattern.compile("filter\\[([^\\[\\]]+)](?:\\[([^\\[\\]]+)])?");
  private static final Pattern PAGE = Pattern.compile("page\\[(number|size|after|before)]");
  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

  private QueryParameters() {}

  /** For a single resource: only {@code include} is allowed. */
  public static Set<String> forSingle(Map<String, List<String>> params, Set<String> includable) {
    Set<String> include = Set.of();
    for (Map.Entry<String, List<String>> param : params.entrySet()) {
      String key = param.getKey();
      if (key.equals("include")) {
        include = include(single(param), includable);
      } else if (key.startsWith("filter") || key.startsWith("page") || key.equals("sort")) {
        throw ApiException.badParameter(key, "'" + key + "' applies to collections, not to a single resource");
      } else {
        throw unknown(key);
      }
    }
    return include;
  }

  /** For a request without a resource document in the answer (DELETE): nothing is allowed. */
  public static void none(Map<String, List<String>> params) {
    params.keySet().stream().findFirst().ifPresent(key -> {
      throw unknown(key);
    });
  }

  public static <T> ListRequest<T> forList(Map<String, List<String>> params, ListSpec<T> spec) {
    List<Filter<T>> filters = new ArrayList<>();
    List<Sort<T>> sort = List.of();
    Set<String> include = Set.of();
    Optional<Integer> number = Optional.empty();
    Optional<Integer> size = Optional.empty();
    Optional<String> after = Optional.empty();
    Optional<String> before = Optional.empty();
    List<Map.Entry<String, String>> carried = new ArrayList<>();

    // Sorted, so that errors and links do not depend on the order of the query string.
    for (Map.Entry<String, List<String>> param : new TreeMap<>(params).entrySet()) {
      String key = param.getKey();
      String value = single(param);
      Matcher filter = FILTER.matcher(key);
      Matcher page = PAGE.matcher(key);
      if (filter.matches()) {
        filters.add(filter(spec, key, filter.group(1), Optional.ofNullable(filter.group(2)), value));
        carried.add(Map.entry(key, value));
      } else if (key.equals("sort")) {
        sort = sort(spec, value);
        carried.add(Map.entry(key, value));
      } else if (key.equals("include")) {
        include = include(value, spec.includable());
        carried.add(Map.entry(key, value));
      } else if (page.matches()) {
        switch (page.group(1)) {
          case "number" -> number = Optional.of(positive(key, value));
          case "size" -> size = Optional.of(PageRequest.clampSize(positive(key, value)));
          case "after" -> after = Optional.of(value);
          default -> before = Optional.of(nonEmpty(key, value));
        }
      } else if (key.startsWith("filter")) {
        throw ApiException.badParameter(key, "Write filters as filter[field]=value or filter[field][operator]=value");
      } else if (key.startsWith("page")) {
        throw ApiException.badParameter(
            key, "Unknown page parameter '" + key + "'; use page[number], page[size], page[after] or page[before]");
      } else {
        throw unknown(key);
      }
    }

    int pageSize = size.orElse(PageRequest.DEFAULT_SIZE);
    if (after.isPresent() && before.isPresent()) {
      throw ApiException.badParameter("page[before]", "Use page[after] or page[before], not both");
    }
    if (number.isPresent() && (after.isPresent() || before.isPresent())) {
      throw ApiException.badParameter(
          "page[number]", "page[number] cannot be combined with page[after] or page[before]");
    }
    PageRequest pageRequest;
    if (after.isPresent() || before.isPresent()) {
      String parameter = after.isPresent() ? "page[after]" : "page[before]";
      String token = after.isPresent() ? after.get() : before.orElseThrow();
      // An empty page[after] starts a keyset walk at the beginning of the listing.
      Optional<Cursor> cursor = token.isEmpty() ? Optional.empty() : Optional.of(cursor(token, sort, parameter));
      pageRequest = new PageRequest.Keyset(cursor, before.isPresent(), pageSize);
    } else {
      pageRequest = new PageRequest.Numbered(number.orElse(1), pageSize);
    }
    if (size.isPresent()) {
      carried.add(Map.entry("page[size]", String.valueOf(pageSize)));
    }
    return new ListRequest<>(new ListQuery<>(filters, sort, pageRequest), include, carried);
  }

  private static <T> Filter<T> filter(
      ListSpec<T> spec, String parameter, String name, Optional<String> operatorName, String value) {
    QueryField<T> field = spec.field(name)
        .orElseThrow(() -> ApiException.badParameter(
            parameter, "Unknown filter field '" + name + "'; filterable fields are " + spec.fields().keySet()));
    Operator operator;
    if (operatorName.isPresent()) {
      operator = Operator.fromWireName(operatorName.get())
          .orElseThrow(() -> ApiException.badParameter(
              parameter,
              "Unknown filter operator '" + operatorName.get()
                  + "'; use eq, eql, prefix, suffix, gt, gte, lt, lte or match"));
    } else {
      operator = value.contains(",") ? Operator.MATCH : Operator.EQ;
    }
    List<String> values = operator == Operator.MATCH ? Arrays.asList(value.split(",", -1)) : List.of(value);
    try {
      return Filter.of(field, operator, values);
    } catch (RuntimeException e) {
      throw ApiException.badParameter(parameter, "Invalid filter on '" + field.attribute() + "': " + e.getMessage());
    }
  }

  private static <T> List<Sort<T>> sort(ListSpec<T> spec, String value) {
    List<Sort<T>> keys = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String item : value.split(",", -1)) {
      boolean descending = item.startsWith("-");
      String name = descending ? item.substring(1) : item;
      if (name.isEmpty()) {
        throw ApiException.badParameter("sort", "Empty sort field in '" + value + "'");
      }
      QueryField<T> field = spec.field(name)
          .orElseThrow(() -> ApiException.badParameter(
              "sort", "Unknown sort field '" + name + "'; sortable fields are " + sortable(spec)));
      if (!seen.add(field.attribute())) {
        throw ApiException.badParameter("sort", "Sort field '" + name + "' appears twice");
      }
      try {
        keys.add(new Sort<>(field, descending));
      } catch (IllegalArgumentException e) {
        throw ApiException.badParameter("sort", "Cannot sort on '" + name + "'; sortable fields are " + sortable(spec));
      }
    }
    return keys;
  }

  private static <T> List<String> sortable(ListSpec<T> spec) {
    return spec.fields().values().stream().filter(QueryField::sortable).map(QueryField::attribute).sorted().toList();
  }

  private static Set<String> include(String value, Set<String> includable) {
    Set<String> include = new LinkedHashSet<>();
    for (String item : value.split(",", -1)) {
      if (!includable.contains(item)) {
        throw ApiException.badParameter(
            "include",
            "Cannot include '" + item + "'"
                + (includable.isEmpty() ? "; this resource has no includable relationships" : "; use " + includable));
      }
      include.add(item);
    }
    return include;
  }

  private static <T> Cursor cursor(String token, List<Sort<T>> sort, String parameter) {
    try {
      return Cursor.decode(token, sort);
    } catch (RuntimeException e) {
      throw ApiException.badParameter(
          parameter, "The page cursor is not valid for this listing; follow the links of a previous page");
    }
  }

  private static int positive(String parameter, String value) {
    if (!NUMBER.matcher(value).matches() || Integer.parseInt(value) < 1) {
      throw ApiException.badParameter(parameter, parameter + " must be a whole number of at least 1");
    }
    return Integer.parseInt(value);
  }

  private static String nonEmpty(String parameter, String value) {
    if (value.isEmpty()) {
      throw ApiException.badParameter(parameter, parameter + " needs a cursor");
    }
    return value;
  }

  private static String single(Map.Entry<String, List<String>> param) {
    if (param.getValue().size() != 1) {
      throw ApiException.badParameter(param.getKey(), "Parameter '" + param.getKey() + "' may appear only once");
    }
    return param.getValue().getFirst();
  }

  private static ApiException unknown(String key) {
    return ApiException.badParameter(key, "Unknown query parameter '" + key + "'");
  }
}
