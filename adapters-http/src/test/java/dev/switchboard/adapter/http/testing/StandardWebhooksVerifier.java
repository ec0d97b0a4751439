package dev.switchboard.adapter.http.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver's check of a Standard Webhooks signature, written from the specification (standardwebhooks.com) and
 * sharing no code with the sender: the signed content is {@code id.timestamp.body}, the key is the base64 part of a
 * {@code whsec_} secret (else the secret's UTF-8 bytes, Switchboard's rule for plain secrets), the header may carry
 * several space-separated {@code v1,<base64>} signatures, signatures compare in constant time, and a timestamp more
 * than five minutes away from now is refused as a possible replay.
 */
public final class StandardWebhooksVerifier {

  public static final Duration TOLERANCE = Duration.ofMinutes(5);

  private final byte[] key;

  public StandardWebhooksVerifier(String secret) {
    this.key = secret.startsWith("whsec_")
        ? Base64.getDecoder().decode(secret.substring("whsec_".length()))
        : secret.getBytes(StandardCharsets.UTF_8);
  }

  /** Empty when the request is authentic and fresh; otherwise why not. */
  public Optional<String> problem(String id, String timestamp, String signatureHeader, byte[] body, Instant now) {
    if (id == null || timestamp == null || signatureHeader == null) {
      return Optional.of("missing webhook-id, webhook-timestamp or webhook-signature");
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp);
    } catch (NumberFormatException e) {
      return Optional.of("webhook-timestamp is not a number");
    }
    if (Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(TOLERANCE) > 0) {
      return Optional.of("webhook-timestamp is more than 5 minutes off");
    }
    byte[] expected = hmac((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8), body);
    for (String candidate : signatureHeader.split(" ")) {
      int comma = candidate.indexOf(',');
      if (comma < 0 || !candidate.substring(0, comma).equals("v1")) {
        continue;
      }
      byte[] given;
      try {
        given = Base64.getDecoder().decode(candidate.substring(comma + 1));
      } catch (IllegalArgumentException e) {
        continue;
      }
      if (MessageDigest.isEqual(expected, given)) {
        return Optional.empty();
      }
    }
    return Optional.of("no v1 signature matches");
  }

  private byte[] hmac(byte[] prefix, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(prefix);
      return mac.doFinal(body);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
