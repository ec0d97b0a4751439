package dev.switchboard.domain.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.Validated;
import dev.switchboard.domain.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

  @ParameterizedTest(name = "''{0}'' is stored as 31612345678")
  @ValueSource(
      strings = {
        "31612345678",
        "+31612345678",
        "+31 6 1234 5678",
        "0031 6 1234 5678",
        "0031612345678",
        "+31-6-1234-5678",
        "31.6.1234.5678",
        "+31 (6) 1234 5678",
        "+31 [6] 1234-5678",
        "  +31 6 12345678  ",
        "+31\t6 1234 5678"
      })
  void acceptedFormats_parse_storeDigitsWithCountryCode(String raw) {

    Validated<PhoneNumber> parsed = PhoneNumber.parse(raw, Channel.WHATSAPP);

    assertThat(parsed).isEqualTo(Validated.valid(new PhoneNumber("31612345678")));
  }

  @ParameterizedTest(name = "{0} digits: accepted={1}")
  @CsvSource({
    "7,  false",
    "8,  true",
    "15, true",
    "16, false"
  })
  void digitCount_parse_acceptsOnlyEightToFifteenDigits(int digits, boolean accepted) {
    String raw = "+" + "3161234567890123".substring(0, digits);

    Validated<PhoneNumber> parsed = PhoneNumber.parse(raw, Channel.WHATSAPP);

    assertThat(parsed instanceof Validated.Valid<PhoneNumber>).isEqualTo(accepted);
  }

  @Test
  void givenFifteenDigits_parse_keepsAllOfThem() {

    Validated<PhoneNumber> parsed = PhoneNumber.parse("+316123456789012", Channel.SMS);

    assertThat(parsed.orElseThrow().value()).isEqualTo("316123456789012");
  }

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource({
    "0612345678,      WHATSAPP, Phone number must have a country code when channel is whatsapp",
    "0612345678,      SMS,      Phone number must have a country code when channel is sms",
    "06 1234 5678,    SMS,      Phone number must have a country code when channel is sms",
    "+0612345678,     WHATSAPP, Phone number must have a country code when channel is whatsapp",
    "000612345678,    WHATSAPP, Phone number must have a country code when channel is whatsapp"
  })
  void givenNoCountryCode_parse_refusesWithExactReason(String raw, Channel channel, String reason) {

    Validated<PhoneNumber> parsed = PhoneNumber.parse(raw, channel);

    assertThat(parsed).isEqualTo(Validated.invalid(PhoneNumber.INVALID_CODE, reason));
  }

  @ParameterizedTest
  @ValueSource(strings = {"3161234", "+3161234", "31612345678901234", "+3161234567890123"})
  void givenTooFewOrTooManyDigits_parse_refuses(String raw) {

    Validated<PhoneNumber> parsed = PhoneNumber.parse(raw, Channel.WHATSAPP);

    assertThat(violationOf(parsed).code()).isEqualTo(PhoneNumber.INVALID_CODE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"+31 6 1234 567a", "call me", "+31/612345678", "31612345678x", "+", "++31612345678"})
  void givenCharactersOtherThanDigitsAndSeparators_parse_refusesNamingTheAllowedCharacters(String raw) {

    Validated<PhoneNumber> parsed = PhoneNumber.parse(raw, Channel.WHATSAPP);

    assertThat(parsed)
        .isEqualTo(
            Validated.invalid(
                PhoneNumber.INVALID_CODE, "Phone number may hold only digits, spaces, dashes, dots and brackets"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "\u0663\u0661\u0666\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668", // Arabic-Indic digits
        "\uff13\uff11\uff16\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18" // full-width digits
      })
  void givenNonAsciiDigits_parse_refusesInsteadOfThrowing(String raw) {

    Validated<PhoneNumber> parsed = PhoneNumber.parse(raw, Channel.WHATSAPP);

    assertThat(violationOf(parsed).code()).isEqualTo(PhoneNumber.INVALID_CODE);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t"})
  void givenNothing_parse_refusesAsRequired(String raw) {

    Validated<PhoneNumber> parsed = PhoneNumber.parse(raw, Channel.SMS);

    assertThat(parsed)
        .isEqualTo(Validated.invalid(PhoneNumber.INVALID_CODE, "Phone number is required when channel is sms"));
  }

  @ParameterizedTest
  @EnumSource(value = Channel.class, names = {"WHATSAPP", "SMS"})
  void requiredReason_namesTheChannel(Channel channel) {

    Validated<PhoneNumber> parsed = PhoneNumber.parse(null, channel);

    assertThat(violationOf(parsed).reason()).endsWith("when channel is " + channel.wireName());
  }

  @ParameterizedTest
  @ValueSource(strings = {"+31612345678", "0612345678", "31 612345678", "3161234", "3161234567890123", ""})
  void constructor_refusesNonCanonicalValues(String value) {

    assertThatThrownBy(() -> new PhoneNumber(value)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constructor_refusesNull() {

    assertThatThrownBy(() -> new PhoneNumber(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void sameDigits_areEqual() {

    PhoneNumber parsed = PhoneNumber.parse("+31 6 1234 5678", Channel.WHATSAPP).orElseThrow();

    assertThat(parsed).isEqualTo(new PhoneNumber("31612345678"));
  }

  private static Violation violationOf(Validated<PhoneNumber> parsed) {
    assertThat(parsed).isInstanceOf(Validated.Invalid.class);
    return ((Validated.Invalid<PhoneNumber>) parsed).violation();
  }
}
