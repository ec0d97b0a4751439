package dev.switchboard.adapter.http.jsonapi;

import dev.switchboard.application.query.ListQuery;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A parsed collection request: the listing query for the use case, the relationships to include, and the
 * parameters (filters, sort, include) that pagination links carry over to the neighbouring pages.
 */
public record ListRequest<T>(ListQuery<T> query, Set<String> include, List<Map.Entry<String, String>> carried) {
  public ListRequest {
    Objects.requireNonNull(query, "query");
    include = Set.copyOf(include);
    carried = List.copyOf(carried);
  }
}
