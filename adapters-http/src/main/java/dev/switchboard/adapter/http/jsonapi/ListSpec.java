package dev.switchboard.adapter.http.jsonapi;

import dev.switchboard.application.query.QueryField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a collection endpoint lets clients filter and sort on (public camelCase names mapped to query fields) and
 * which relationships it can include. Filter and sort names may also be written in snake_case or kebab-case, as the
 * Recrubo documentation does ({@code filter[delivery_status]}).
 */
public record ListSpec<T>(Map<String, QueryField<T>> fields, Set<String> includable) {

  public ListSpec {
    fields = Map.copyOf(fields);
    includable = Set.copyOf(includable);
  }

  public static <T> ListSpec<T> of(List<QueryField<T>> fields, Set<String> includable) {
    Map<String, QueryField<T>> byName = new LinkedHashMap<>();
    fields.forEach(field -> byName.put(field.attribute(), field));
    return new ListSpec<>(byName, includable);
  }

  /** The field a client named, accepting camelCase, snake_case and kebab-case spellings. */
  public Optional<QueryField<T>> field(String name) {
    Objects.requireNonNull(name, "name");
    QueryField<T> exact = fields.get(name);
    return exact != null ? Optional.of(exact) : Optional.ofNullable(fields.get(camelCase(name)));
  }

  static String camelCase(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean upper = false;
    for (char c : name.toCharArray()) {
      if (c == '_' || c == '-') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}
