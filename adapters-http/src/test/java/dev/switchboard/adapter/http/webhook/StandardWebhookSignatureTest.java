package dev.switchboard.adapter.http.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.http.testing.StandardWebhooksVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StandardWebhookSignatureTest {

  @Test
  void givenTheStandardWebhooksReferenceVector_sign_reproducesItsSignature() {
    String signature = StandardWebhookSignature.sign(
        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        "msg_p5jXN8AQM9LWM0D4loKWxJek",
        1614265330,
        "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8));

    assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  }

  @Test
  void givenAPlainOrMalformedWhsecSecret_theKeyIsItsUtf8Bytes() {
    assertThat(StandardWebhookSignature.key("mysecret")).isEqualTo("mysecret".getBytes(StandardCharsets.UTF_8));
    assertThat(StandardWebhookSignature.key("whsec_not base64!")).isEqualTo("whsec_not base64!".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void givenASignature_theIndependentVerifierAcceptsIt_butNotATamperedBodyOrAStaleTimestamp() {
    byte[] body = "{\"data\":{}}".getBytes(StandardCharsets.UTF_8);
    long now = Instant.parse("2025-03-10T09:00:00Z").getEpochSecond();
    String signature = StandardWebhookSignature.sign("plain secret", "log-1", now, body);
    StandardWebhooksVerifier verifier = new StandardWebhooksVerifier("plain secret");

    assertThat(verifier.problem("log-1", Long.toString(now), signature, body, Instant.ofEpochSecond(now))).isEmpty();
    assertThat(verifier.problem("log-1", Long.toString(now), signature, "{}".getBytes(StandardCharsets.UTF_8),
        Instant.ofEpochSecond(now))).contains("no v1 signature matches");
    assertThat(verifier.problem("log-1", Long.toString(now), signature, body, Instant.ofEpochSecond(now + 301)))
        .contains("webhook-timestamp is more than 5 minutes off");
  }
}
