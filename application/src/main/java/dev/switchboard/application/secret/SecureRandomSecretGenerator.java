package dev.switchboard.application.secret;

import dev.switchboard.application.port.out.SecretGenerator;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * Keys of 32 random bytes (256 bits) from {@link SecureRandom}, base64url without padding (43 characters) after the
 * kind's prefix: {@code sb_live_…} for organizations, {@code sb_mgmt_…} for management. Thread-safe.
 */
public final class SecureRandomSecretGenerator implements SecretGenerator {

  private static final int KEY_BYTES = 32;

  private final SecureRandom random;

  public SecureRandomSecretGenerator(SecureRandom random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  public static SecureRandomSecretGenerator system() {
    return new SecureRandomSecretGenerator(new SecureRandom());
  }

  @Override
  public String newKey(KeyKind kind) {
    byte[] bytes = new byte[KEY_BYTES];
    random.nextBytes(bytes);
    return kind.prefix() + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
