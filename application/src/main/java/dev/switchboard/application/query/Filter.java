package dev.switchboard.application.query;

import java.util.List;
import java.util.Objects;

/**
 * One condition of a listing: {@code field op values}. Values are already parsed to the field's type; text
 * operators work on strings. Built through {@link #of}, which refuses combinations that make no sense.
 */
public record Filter<T>(QueryField<T> field, Operator operator, List<Object> values) {

  public Filter {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(operator, "operator");
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("filter on " + field.attribute() + " needs a value");
    }
    if (operator != Operator.MATCH && values.size() != 1) {
      throw new IllegalArgumentException("operator " + operator.wireName() + " takes one value");
    }
  }

  /** Parses raw query-string values for {@code field}; refuses what the field's type cannot do. */
  public static <T> Filter<T> of(QueryField<T> field, Operator operator, List<String> rawValues) {
    if (operator.isTextual() && field.type() != ValueType.STRING) {
      throw new IllegalArgumentException(
          "operator " + operator.wireName() + " works on text, but " + field.attribute() + " is not text");
    }
    if (operator.isOrdering() && !field.type().isOrdered()) {
      throw new IllegalArgumentException(
          "operator " + operator.wireName() + " needs an ordered field, but " + field.attribute() + " has no order");
    }
    List<Object> parsed = rawValues.stream().map(raw -> field.type().parse(raw)).toList();
    return new Filter<>(field, operator, parsed);
  }
}
