package dev.switchboard.adapter.channel.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMACs and constant-time comparison for provider callback signatures. */
public final class Signatures {

  private Signatures() {}

  public static byte[] hmac(String algorithm, String key, byte[] data) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is not available", e);
    }
  }

  /** Whether two byte strings are equal, in time independent of where they differ. */
  public static boolean constantTimeEquals(byte[] expected, byte[] actual) {
    return MessageDigest.isEqual(expected, actual);
  }

  /** Whether two strings are equal (as UTF-8 bytes), in time independent of where they differ. */
  public static boolean constantTimeEquals(String expected, String actual) {
    return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
  }

  /** Lower- or upper-case hex as bytes; empty when it is not hex. */
  public static Optional<byte[]> fromHex(String hex) {
    try {
      return Optional.of(HexFormat.of().parseHex(hex));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Shows a secret's length and last two characters at most, for log lines that must tell secrets apart. */
  public static String mask(String secret) {
    if (secret == null || secret.isEmpty()) {
      return "<none>";
    }
    String tail = secret.length() >= 12 ? secret.substring(secret.length() - 2) : "";
    return "***" + tail + " (" + secret.length() + " chars)";
  }
}
