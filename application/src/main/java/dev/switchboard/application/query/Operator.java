package dev.switchboard.application.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The filter operators of the Recrubo API: {@code filter[field][op]=value}. */
public enum Operator {
  /** Equal (case-sensitive); the default when no operator is given. */
  EQ,
  /** Equal, ignoring case. */
  EQL,
  PREFIX,
  SUFFIX,
  GT,
  GTE,
  LT,
  LTE,
  /** One of a list of values; a comma list without an operator means this too. */
  MATCH;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Operator> fromWireName(String name) {
    return Arrays.stream(values()).filter(op -> op.wireName().equals(name)).findFirst();
  }

  /** Whether the operator compares text rather than values. */
  public boolean isTextual() {
    return this == EQL || this == PREFIX || this == SUFFIX;
  }

  public boolean isOrdering() {
    return this == GT || this == GTE || this == LT || this == LTE;
  }
}
