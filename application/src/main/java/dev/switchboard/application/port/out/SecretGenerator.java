package dev.switchboard.application.port.out;

/**
 * Makes new API keys: long random tokens with a readable prefix that tells people (and secret scanners) what kind
 * of key they hold. The production generator draws 256 bits from {@link java.security.SecureRandom}.
 */
public interface SecretGenerator {

  enum KeyKind {
    ORGANIZATION("sb_live_"),
    MANAGEMENT("sb_mgmt_");

    private final String prefix;

    KeyKind(String prefix) {
      this.prefix = prefix;
    }

    public String prefix() {
      return prefix;
    }
  }

  /** A fresh key of that kind, starting with its {@link KeyKind#prefix()}. */
  String newKey(KeyKind kind);
}
