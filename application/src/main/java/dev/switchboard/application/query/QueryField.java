package dev.switchboard.application.query;

import java.util.Objects;
import java.util.function.Function;

/**
 * A field of a resource that listings may filter and sort on. {@code attribute} is its public (camelCase) name and
 * the key adapters map to a column; {@link #read} gives the value filters compare, for adapters that work in memory.
 * Only fields that are never empty are {@code sortable}, so keyset cursors stay well-defined.
 */
public record QueryField<T>(String attribute, ValueType type, boolean sortable, Function<T, Object> reader) {

  public QueryField {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(reader, "reader");
  }

  /** The value of this field on {@code item}, in the type {@link #type()} parses to; null when absent. */
  public Object read(T item) {
    return reader.apply(item);
  }

  @Override
  public String toString() {
    return attribute;
  }
}
