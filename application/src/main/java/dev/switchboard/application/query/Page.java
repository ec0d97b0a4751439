package dev.switchboard.application.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One page of a listing: its items, the counts of a numbered page, and the cursors of the neighbouring pages of a
 * keyset page when there are any.
 *
 * <p>{@link #totals()} is present exactly when the page was asked for by number ({@link PageRequest.Numbered}).
 * Counting costs time in proportion to the rows counted (a {@code COUNT(*)} over all of an organization's rows, and
 * another over the filtered ones), while a keyset page costs time in proportion to its size however deep it is and
 * however large the organization. Numbered pages need the counts anyway (the Recrubo API's {@code total},
 * {@code totalUnfiltered} and {@code maxPage}); keyset pages skip them so that they stay O(page).
 */
public record Page<T>(
    List<T> items,
    Optional<Totals> totals,
    PageRequest request,
    Optional<Cursor> next,
    Optional<Cursor> previous) {

  /**
   * The counts behind a numbered page: {@code total} the rows that match the filters, {@code totalUnfiltered} all
   * rows of the organization (of every organization in the organizations listing).
   */
  public record Totals(long total, long totalUnfiltered) {
    public Totals {
      // total <= totalUnfiltered is not checked: the two counts are separate queries, and rows may arrive between them.
      if (total < 0 || totalUnfiltered < 0) {
        throw new IllegalArgumentException("totals cannot be negative");
      }
    }
  }

  public Page {
    items = List.copyOf(items);
    Objects.requireNonNull(totals, "totals");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(next, "next");
    Objects.requireNonNull(previous, "previous");
    boolean numbered = request instanceof PageRequest.Numbered;
    if (totals.isPresent() != numbered) {
      throw new IllegalArgumentException(
          numbered ? "a numbered page carries its totals" : "a keyset page carries no totals");
    }
  }

  /** A numbered page: no cursors, with its totals. */
  public static <T> Page<T> numbered(List<T> items, Totals totals, PageRequest.Numbered request) {
    return new Page<>(items, Optional.of(totals), request, Optional.empty(), Optional.empty());
  }

  /** A keyset page: no totals, with the cursors of its neighbours. */
  public static <T> Page<T> keyset(
      List<T> items, PageRequest.Keyset request, Optional<Cursor> next, Optional<Cursor> previous) {
    return new Page<>(items, Optional.empty(), request, next, previous);
  }

  /**
   * The last page number of a numbered page, at least 1 so that an empty listing still has a first page; empty for a
   * keyset page, which has no totals to derive it from.
   */
  public OptionalLong maxPage() {
    return totals.map(counts -> OptionalLong.of(Math.max(1, (counts.total() + request.size() - 1) / request.size())))
        .orElseGet(OptionalLong::empty);
  }
}
