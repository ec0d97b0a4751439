package dev.switchboard.application.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a listing. {@code total} counts the rows that match the filters, {@code totalUnfiltered} all rows of
 * the organization; keyset pages carry the cursors of the neighbouring pages when there are any.
 */
public record Page<T>(
    List<T> items,
    long total,
    long totalUnfiltered,
    PageRequest request,
    Optional<Cursor> next,
    Optional<Cursor> previous) {

  public Page {
    items = List.copyOf(items);
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(next, "next");
    Objects.requireNonNull(previous, "previous");
  }

  /** The last page number, at least 1 so that an empty listing still has a first page. */
  public long maxPage() {
    return Math.max(1, (total + request.size() - 1) / request.size());
  }
}
