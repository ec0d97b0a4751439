package dev.switchboard.domain.message;

/** Who wrote the message: we did ({@code outbound}) or the person on the other end did ({@code inbound}). */
public enum Origin {
  OUTBOUND,
  INBOUND;

  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
