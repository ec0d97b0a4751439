package dev.switchboard.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Reading and writing column values the same way on H2 and PostgreSQL. Instants go in and out as
 * {@link OffsetDateTime} in UTC ({@code TIMESTAMP WITH TIME ZONE}), never through the JVM's time zone. Both databases
 * keep microseconds, so an instant is truncated to microseconds on the way in: a value with nanoseconds does not
 * round-trip exactly (the domain's clocks should tick in microseconds, as the tests' clocks do).
 */
final class Columns {

  private Columns() {}

  /** The value stored for {@code instant}. */
  static OffsetDateTime timestamp(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }

  /** The value stored for {@code instant} as text that PostgreSQL reads as a timestamp with time zone (ISO 8601). */
  static String timestampText(Instant instant) {
    return timestamp(instant).toInstant().toString();
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(instant(rs, column));
  }

  static UUID uuid(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, UUID.class);
  }

  /** Binds {@link Instant} as a UTC {@code TIMESTAMP WITH TIME ZONE}, truncated to microseconds. */
  static final class InstantArgumentFactory extends AbstractArgumentFactory<Instant> {
    InstantArgumentFactory() {
      super(Types.TIMESTAMP_WITH_TIMEZONE);
    }

    @Override
    protected Argument build(Instant value, ConfigRegistry config) {
      OffsetDateTime timestamp = timestamp(value);
      return (position, statement, context) -> statement.setObject(position, timestamp);
    }
  }
}
