package dev.switchboard.adapter.channel.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The signature scheme against the worked example Twilio publishes in its SDKs' tests (auth token 12345). */
class TwilioSignatureTest {

  private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
  private static final Map<String, List<String>> PARAMS = Map.of(
      "CallSid", List.of("CA1234567890ABCDE"),
      "Caller", List.of("+14158675309"),
      "Digits", List.of("1234"),
      "From", List.of("+14158675309"),
      "To", List.of("+18005551212"));

  @Test
  void givenTwilioExample_sign_matchesThePublishedSignature() {
    assertThat(TwilioSignature.sign("12345", URL, PARAMS)).isEqualTo("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
  }

  @Test
  void givenRepeatedParameters_sign_usesEachDistinctValueOnceInOrder() {
    Map<String, List<String>> repeated = Map.of(
        "Sid", List.of("CA123"), "SidAccount", List.of("AC123"), "Digits", List.of("5678", "1234", "1234"));

    assertThat(TwilioSignature.sign("12345", URL, repeated)).isEqualTo("IK+Dwps556ElfBT0I3Rgjkr1wJU=");
  }

  @Test
  void givenTamperedInput_matches_isFalse() {
    assertThat(TwilioSignature.matches("12345", URL, PARAMS, "RSOYDt4T1cUTdK1PDd93/VVr8B8=")).isTrue();
    assertThat(TwilioSignature.matches("12345", URL + "&x=1", PARAMS, "RSOYDt4T1cUTdK1PDd93/VVr8B8=")).isFalse();
    assertThat(TwilioSignature.matches("other", URL, PARAMS, "RSOYDt4T1cUTdK1PDd93/VVr8B8=")).isFalse();
  }

  @Test
  void givenSignatureOverTheUrlWithTheDefaultPort_matches_acceptsTheUrlWithout() {
    // Twilio's example: the signature of https://mycompany.com:443/myapp.php?foo=1&bar=2
    assertThat(TwilioSignature.matches("12345", URL, PARAMS, "kvajT1Ptam85bY51eRf/AJRuM3w=")).isTrue();
  }

  @Test
  void givenUrlWithAnotherPort_matches_acceptsTheSignatureWithoutPort() {
    String withPort = URL.replace(".com", ".com:1234");

    assertThat(TwilioSignature.matches("12345", withPort, PARAMS, "RSOYDt4T1cUTdK1PDd93/VVr8B8=")).isTrue();
  }

  @Test
  void givenUrls_variants_coverWithoutPortAndWithTheDefaultPort() {
    assertThat(TwilioSignature.urlVariants("https://x.example.com/a?b=%20"))
        .containsExactly("https://x.example.com/a?b=%20", "https://x.example.com:443/a?b=%20");
    assertThat(TwilioSignature.urlVariants("https://x.example.com:443/a"))
        .containsExactly("https://x.example.com:443/a", "https://x.example.com/a");
    assertThat(TwilioSignature.urlVariants("http://u:p@x.example.com:8080/a#f"))
        .containsExactly("http://u:p@x.example.com:8080/a#f", "http://u:p@x.example.com/a#f",
            "http://u:p@x.example.com:80/a#f");
  }
}
