package dev.switchboard.application.query;

import java.util.Objects;

/** One sort key: {@code sort=-createdAt} is {@code createdAt} descending. */
public record Sort<T>(QueryField<T> field, boolean descending) {
  public Sort {
    Objects.requireNonNull(field, "field");
    if (!field.sortable()) {
      throw new IllegalArgumentException("cannot sort on " + field.attribute());
    }
  }
}
