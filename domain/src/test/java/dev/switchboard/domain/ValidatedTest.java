package dev.switchboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ValidatedTest {

  @Test
  void valid_map_appliesTheMapper() {
    Validated<String> valid = Validated.valid("31612345678");

    Validated<Integer> mapped = valid.map(String::length);

    assertThat(mapped).isEqualTo(Validated.valid(11));
  }

  @Test
  void invalid_map_keepsTheViolation() {
    Validated<String> invalid = Validated.invalid("invalid_phone_number", "Phone number is required");

    Validated<Integer> mapped = invalid.map(String::length);

    assertThat(mapped).isEqualTo(Validated.invalid("invalid_phone_number", "Phone number is required"));
  }

  @Test
  void invalid_map_neverCallsTheMapper() {
    Validated<String> invalid = Validated.invalid("code", "reason");
    AtomicBoolean called = new AtomicBoolean();

    invalid.map(
        value -> {
          called.set(true);
          return value;
        });

    assertThat(called).isFalse();
  }

  @Test
  void valid_mapToNull_throws() {
    Validated<String> valid = Validated.valid("x");

    assertThatThrownBy(() -> valid.map(value -> null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void valid_orElseThrow_givesTheValue() {
    Validated<String> valid = Validated.valid("jane@example.com");

    String value = valid.orElseThrow();

    assertThat(value).isEqualTo("jane@example.com");
  }

  @Test
  void invalid_orElseThrow_throwsWithTheReason() {
    Validated<String> invalid = Validated.invalid("invalid_email_address", "'x' is not a valid email address");

    assertThatThrownBy(invalid::orElseThrow)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'x' is not a valid email address");
  }

  @Test
  void invalid_carriesCodeAndReason() {

    Validated<String> invalid = Validated.invalid("code", "reason");

    assertThat(invalid).isEqualTo(new Validated.Invalid<String>(new Violation("code", "reason")));
  }

  @Test
  void valid_refusesNull() {

    assertThatThrownBy(() -> Validated.valid(null)).isInstanceOf(NullPointerException.class).hasMessage("value");
  }

  @Test
  void invalid_refusesNullViolation() {

    assertThatThrownBy(() -> new Validated.Invalid<String>(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("violation");
  }
}
