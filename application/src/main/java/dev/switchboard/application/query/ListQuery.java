package dev.switchboard.application.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A listing request: all filters must hold (AND), rows come in sort order (then by id), one page of them.
 * Without sort keys a listing is ordered by creation, oldest first.
 */
public record ListQuery<T>(List<Filter<T>> filters, List<Sort<T>> sort, PageRequest page) {

  public ListQuery {
    filters = List.copyOf(filters);
    sort = List.copyOf(sort);
    Objects.requireNonNull(page, "page");
  }

  public static <T> ListQuery<T> firstPage() {
    return new ListQuery<>(List.of(), List.of(), PageRequest.firstPage());
  }

  public ListQuery<T> withFilter(Filter<T> filter) {
    List<Filter<T>> more = new ArrayList<>(filters);
    more.add(filter);
    return new ListQuery<>(more, sort, page);
  }
}
