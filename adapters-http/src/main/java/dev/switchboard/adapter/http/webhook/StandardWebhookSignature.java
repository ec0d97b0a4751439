package dev.switchboard.adapter.http.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature (standardwebhooks.com): {@code v1,} and the base64 HMAC-SHA256 of
 * {@code {webhook-id}.{webhook-timestamp}.{body}}. The key is the secret's bytes after {@code whsec_}, base64-decoded,
 * when the secret has that form (as Standard Webhooks libraries generate it); any other secret is used as its UTF-8
 * bytes, so an organization's plain secret works too.
 */
public final class StandardWebhookSignature {

  private static final String PREFIX = "whsec_";

  private StandardWebhookSignature() {}

  public static String sign(String secret, String messageId, long timestampSeconds, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
      mac.update((messageId + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  static byte[] key(String secret) {
    if (secret.startsWith(PREFIX)) {
      try {
        byte[] decoded = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
        if (decoded.length > 0) {
          return decoded;
        }
      } catch (IllegalArgumentException notBase64) {
        // Looks like a Standard Webhooks secret but is not one: sign with the text as typed.
      }
    }
    return secret.getBytes(StandardCharsets.UTF_8);
  }
}
