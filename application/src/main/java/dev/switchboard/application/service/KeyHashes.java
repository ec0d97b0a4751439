package dev.switchboard.application.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * API keys are stored as plain SHA-256 hashes, not with a slow password hash (bcrypt, Argon2): generated keys carry
 * 256 random bits, so nobody can guess one from its hash however fast the hash is, and authentication stays one
 * cheap digest plus an index lookup per request. (Configured keys must be long for the same reason.)
 */
final class KeyHashes {

  /**
   * Cloned for each digest: looking the algorithm up through the security providers cost several times the hashing
   * itself on every authenticated request.
   */
  private static final MessageDigest SHA_256 = sha256();

  private KeyHashes() {}

  /** The lower-case hex SHA-256 of the key's UTF-8 bytes. */
  static String hash(String key) {
    return HexFormat.of().formatHex(digest(key));
  }

  /** Compares two hashes in time that does not depend on where they differ. */
  static boolean same(String hash, String other) {
    return MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII), other.getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] digest(String key) {
    MessageDigest digest;
    try {
      digest = (MessageDigest) SHA_256.clone();
    } catch (CloneNotSupportedException notCloneable) {
      digest = sha256();
    }
    return digest.digest(key.getBytes(StandardCharsets.UTF_8));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException("every Java runtime has SHA-256", missing);
    }
  }
}
