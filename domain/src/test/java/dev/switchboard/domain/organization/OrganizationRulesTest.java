package dev.switchboard.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.Validated;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganizationRulesTest {

  private static String codeOf(Validated<?> validated) {
    return validated instanceof Validated.Invalid<?> invalid ? invalid.violation().code() : "valid";
  }

  @Test
  void givenNameWithSurroundingBlanks_name_stripsThem() {
    assertThat(OrganizationRules.name("  Acme  ")).isEqualTo(Validated.valid("Acme"));
  }

  @Test
  void givenBlankOrTooLongName_name_isInvalid() {
    assertThat(codeOf(OrganizationRules.name(" \t "))).isEqualTo(OrganizationRules.INVALID_NAME);
    assertThat(codeOf(OrganizationRules.name("x".repeat(OrganizationRules.MAX_NAME_LENGTH + 1))))
        .isEqualTo(OrganizationRules.INVALID_NAME);
    assertThat(codeOf(OrganizationRules.name("x".repeat(OrganizationRules.MAX_NAME_LENGTH)))).isEqualTo("valid");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://hooks.example.com/x", "http://localhost:8080/hook", "HTTPS://EXAMPLE.COM"})
  void givenAbsoluteHttpUrl_webhookUrl_isValid(String url) {
    assertThat(codeOf(OrganizationRules.webhookUrl(URI.create(url)))).isEqualTo("valid");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ftp://example.com/x", "/relative", "example.com/hook", "mailto:ops@example.com", "https:///path",
    "https://user:pass@example.com/hook"
  })
  void givenUrlThatIsNotAPlainAbsoluteHttpUrl_webhookUrl_isInvalid(String url) {
    assertThat(codeOf(OrganizationRules.webhookUrl(URI.create(url)))).isEqualTo(OrganizationRules.INVALID_WEBHOOK_URL);
  }

  @Test
  void givenBlankOrTooLongSecret_webhookSecret_isInvalid() {
    assertThat(codeOf(OrganizationRules.webhookSecret("  "))).isEqualTo(OrganizationRules.INVALID_WEBHOOK_SECRET);
    assertThat(codeOf(OrganizationRules.webhookSecret("s".repeat(OrganizationRules.MAX_WEBHOOK_SECRET_LENGTH + 1))))
        .isEqualTo(OrganizationRules.INVALID_WEBHOOK_SECRET);
    assertThat(codeOf(OrganizationRules.webhookSecret("s3cret"))).isEqualTo("valid");
  }
}
