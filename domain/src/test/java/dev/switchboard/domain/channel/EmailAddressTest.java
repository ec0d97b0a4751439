package dev.switchboard.domain.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.Validated;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

  private static final String LOCAL_64 = "l".repeat(64);

  @ParameterizedTest(name = "''{0}'' is stored as ''{1}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "jane@example.com                | jane@example.com",
        "jane.doe@example.com            | jane.doe@example.com",
        "jane+jobs@mail.example.co.uk    | jane+jobs@mail.example.co.uk",
        "o'brien_1@my-company.nl         | o'brien_1@my-company.nl",
        "Jane.Doe@Example.COM            | Jane.Doe@example.com",
        "JANE@EXAMPLE.COM                | JANE@example.com",
        "'  jane@example.com  '          | jane@example.com",
        "a@b.io                          | a@b.io"
      })
  void validAddress_parse_lowerCasesOnlyTheDomain(String raw, String stored) {

    Validated<EmailAddress> parsed = EmailAddress.parse(raw);

    assertThat(parsed).isEqualTo(Validated.valid(new EmailAddress(stored)));
  }

  @Test
  void givenEverySpecialCharacterAllowedInTheLocalPart_parse_accepts() {
    String address = "x!#$%&'*+/=?^_`{|}~-@example.com";

    Validated<EmailAddress> parsed = EmailAddress.parse(address);

    assertThat(parsed).isEqualTo(Validated.valid(new EmailAddress(address)));
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(
      strings = {
        "jane.example.com", // no @
        "@example.com", // empty local part
        "jane@", // empty domain
        "jane@doe@example.com", // two @
        "jane doe@example.com", // space in local part
        "jane@exa mple.com", // space in domain
        "jane@localhost", // no dot in domain
        ".jane@example.com", // leading dot
        "jane.@example.com", // trailing dot in local part
        "jane..doe@example.com", // double dot in local part
        "jane@.example.com", // leading dot in domain
        "jane@example.com.", // trailing dot in domain
        "jane@example..com", // double dot in domain
        "jane@-example.com", // label starting with a hyphen
        "jane@example-.com", // label ending with a hyphen
        "jane@example.c", // one-letter top-level domain
        "jane@example.123", // numeric top-level domain
        "jane@exam_ple.com", // underscore in domain
        "ja(ne)@example.com", // brackets in local part
        "jané@example.com", // non-ASCII local part
        "jane@exämple.com", // non-ASCII domain
        "jane@\u212Aelvin.com" // Kelvin sign, which lower-cases to an ASCII 'k'
      })
  void invalidAddress_parse_refusesQuotingTheInput(String raw) {

    Validated<EmailAddress> parsed = EmailAddress.parse(raw);

    assertThat(parsed)
        .isEqualTo(Validated.invalid(EmailAddress.INVALID_CODE, "'" + raw + "' is not a valid email address"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void givenNothing_parse_refusesAsRequired(String raw) {

    Validated<EmailAddress> parsed = EmailAddress.parse(raw);

    assertThat(parsed)
        .isEqualTo(Validated.invalid(EmailAddress.INVALID_CODE, "Email address is required when channel is email"));
  }

  @Test
  void givenLocalPartOf64Characters_parse_accepts() {

    Validated<EmailAddress> parsed = EmailAddress.parse(LOCAL_64 + "@example.com");

    assertThat(parsed).isInstanceOf(Validated.Valid.class);
  }

  @Test
  void givenLocalPartOf65Characters_parse_refuses() {

    Validated<EmailAddress> parsed = EmailAddress.parse(LOCAL_64 + "l@example.com");

    assertThat(parsed).isInstanceOf(Validated.Invalid.class);
  }

  @Test
  void givenAddressOf254Characters_parse_accepts() {
    String address = addressOfLength(254);

    Validated<EmailAddress> parsed = EmailAddress.parse(address);

    assertThat(parsed).isEqualTo(Validated.valid(new EmailAddress(address)));
  }

  @Test
  void givenAddressOf255Characters_parse_refusesAsTooLong() {
    String address = addressOfLength(255);

    Validated<EmailAddress> parsed = EmailAddress.parse(address);

    assertThat(parsed).isInstanceOf(Validated.Invalid.class);
  }

  @Test
  void givenDomainLabelOf64Characters_parse_refuses() {

    Validated<EmailAddress> parsed = EmailAddress.parse("jane@" + "d".repeat(64) + ".com");

    assertThat(parsed).isInstanceOf(Validated.Invalid.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Jane@Example.com", " jane@example.com", "jane@example", "jane"})
  void constructor_refusesNonCanonicalValues(String value) {

    assertThatThrownBy(() -> new EmailAddress(value)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parseAll_givenValidAddresses_keepsTheirOrder() {

    Validated<List<EmailAddress>> parsed = EmailAddress.parseAll(List.of("b@Example.com", "a@example.com"));

    assertThat(parsed)
        .isEqualTo(Validated.valid(List.of(new EmailAddress("b@example.com"), new EmailAddress("a@example.com"))));
  }

  @Test
  void parseAll_givenOneInvalidAddress_refusesWithItsViolation() {

    Validated<List<EmailAddress>> parsed = EmailAddress.parseAll(List.of("a@example.com", "nope", "also nope"));

    assertThat(parsed)
        .isEqualTo(Validated.invalid(EmailAddress.INVALID_CODE, "'nope' is not a valid email address"));
  }

  @Test
  void parseAll_givenNoAddresses_isValidAndEmpty() {

    Validated<List<EmailAddress>> parsed = EmailAddress.parseAll(List.of());

    assertThat(parsed.orElseThrow()).isEmpty();
  }

  /** local part of 64, then labels of at most 63 letters: 64 + 1 + 63 + 1 + 63 + 1 + n + 4 characters. */
  private static String addressOfLength(int length) {
    int lastLabel = length - (64 + 1 + 63 + 1 + 63 + 1 + 4);
    return LOCAL_64 + "@" + "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(lastLabel) + ".com";
  }
}
