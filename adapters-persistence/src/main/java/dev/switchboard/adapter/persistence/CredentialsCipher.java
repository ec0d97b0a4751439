package dev.switchboard.adapter.persistence;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals channel credentials for storage with AES-256-GCM: a fresh 96-bit nonce per value, a 128-bit tag, and the
 * owning row's ids as associated data, so a sealed value is only accepted back on the row it was written for. The
 * stored form is {@code v1:} + base64(nonce || ciphertext || tag); the prefix leaves room for key rotation.
 *
 * <p>The key is 32 bytes, configured as base64 ({@code SWITCHBOARD_CREDENTIALS_KEY}). It never appears in a message,
 * an exception or {@link #toString()}. Thread-safe: a {@link Cipher} is made per call.
 */
public final class CredentialsCipher {

  public static final int KEY_BYTES = 32;
  private static final String VERSION = "v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKey key;
  private final SecureRandom random;

  private CredentialsCipher(byte[] key, SecureRandom random) {
    this.key = new SecretKeySpec(key, "AES");
    this.random = random;
  }

  /** A cipher for a key written as base64 of 32 bytes; the exception message never repeats the value. */
  public static CredentialsCipher fromBase64(String base64Key) {
    Objects.requireNonNull(base64Key, "base64Key");
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64Key.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the credentials key is not base64");
    }
    if (key.length != KEY_BYTES) {
      throw new IllegalArgumentException(
          "the credentials key must be " + KEY_BYTES + " bytes (base64 of 32 random bytes), not " + key.length);
    }
    return new CredentialsCipher(key, new SecureRandom());
  }

  /** A new random key, as base64, for a data directory that has none yet. */
  public static String newKeyBase64() {
    byte[] key = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  /**
   * A cipher with a random key that lives as long as this process: for tests and for embedded stores that never keep
   * channel credentials across restarts. Credentials sealed with it cannot be read after a restart.
   */
  public static CredentialsCipher ephemeral() {
    return fromBase64(newKeyBase64());
  }

  String seal(String plaintext, String associatedData) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, associatedData);
      byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      byte[] stored = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
      System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
      return VERSION + Base64.getEncoder().encodeToString(stored);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encrypt channel credentials", e);
    }
  }

  /** The plain text of a sealed value; fails (without details) for another key, another row or a changed value. */
  String open(String stored, String associatedData) {
    if (!stored.startsWith(VERSION)) {
      throw new IllegalStateException("stored channel credentials have an unknown format");
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(stored.substring(VERSION.length()));
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, NONCE_BYTES), associatedData);
      byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("stored channel credentials cannot be decrypted: the credentials key"
          + " (SWITCHBOARD_CREDENTIALS_KEY) is not the one they were stored with, or the row was altered");
    }
  }

  private Cipher cipher(int mode, byte[] nonce, String associatedData) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
    return cipher;
  }

  @Override
  public String toString() {
    return "CredentialsCipher[AES-256-GCM, key hidden]";
  }
}
