package dev.switchboard.domain.channel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.Validated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({"WHATSAPP", "SMS"})
  void phoneChannel_parse_givesPhoneNumber(Channel channel) {

    Validated<Identifier> parsed = Identifier.parse(channel, "+31 6 1234 5678");

    assertThat(parsed).isEqualTo(Validated.valid(new PhoneNumber("31612345678")));
  }

  @Test
  void email_parse_givesEmailAddress() {

    Validated<Identifier> parsed = Identifier.parse(Channel.EMAIL, "Jane@Example.com");

    assertThat(parsed).isEqualTo(Validated.valid(new EmailAddress("Jane@example.com")));
  }

  @Test
  void email_parseOfPhoneNumber_refusesAsEmailAddress() {

    Validated<Identifier> parsed = Identifier.parse(Channel.EMAIL, "+31612345678");

    assertThat(parsed)
        .isEqualTo(Validated.invalid(EmailAddress.INVALID_CODE, "'+31612345678' is not a valid email address"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "WHATSAPP, Phone number must have a country code when channel is whatsapp",
    "SMS,      Phone number must have a country code when channel is sms"
  })
  void phoneChannel_parseOfNationalNumber_refusesWithChannelInReason(Channel channel, String reason) {

    Validated<Identifier> parsed = Identifier.parse(channel, "0612345678");

    assertThat(parsed).isEqualTo(Validated.invalid(PhoneNumber.INVALID_CODE, reason));
  }

  @Test
  void phoneChannel_parseOfEmailAddress_refusesAsPhoneNumber() {

    Validated<Identifier> parsed = Identifier.parse(Channel.SMS, "jane@example.com");

    assertThat(parsed)
        .isEqualTo(
            Validated.invalid(
                PhoneNumber.INVALID_CODE, "Phone number may hold only digits, spaces, dashes, dots and brackets"));
  }
}
