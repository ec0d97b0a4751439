package dev.switchboard.domain;

import java.util.Objects;
import java.util.function.Function;

/** The outcome of parsing user input into a domain value: the value, or the violation that prevented it. */
public sealed interface Validated<T> {

  record Valid<T>(T value) implements Validated<T> {
    public Valid {
      Objects.requireNonNull(value, "value");
    }
  }

  record Invalid<T>(Violation violation) implements Validated<T> {
    public Invalid {
      Objects.requireNonNull(violation, "violation");
    }
  }

  static <T> Validated<T> valid(T value) {
    return new Valid<>(value);
  }

  static <T> Validated<T> invalid(String code, String reason) {
    return new Invalid<>(new Violation(code, reason));
  }

  default <R> Validated<R> map(Function<T, R> mapper) {
    return switch (this) {
      case Valid<T> valid -> new Valid<>(mapper.apply(valid.value()));
      case Invalid<T> invalid -> new Invalid<>(invalid.violation());
    };
  }

  /** The value, for callers that have already ruled out {@link Invalid}; a broken invariant otherwise. */
  default T orElseThrow() {
    return switch (this) {
      case Valid<T> valid -> valid.value();
      case Invalid<T> invalid -> throw new IllegalArgumentException(invalid.violation().reason());
    };
  }
}
