package dev.switchboard.domain.message;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a message is on its way. Outbound messages move {@code accepted -> sent -> delivered -> read}, or end
 * {@code failed}; inbound messages are {@code received}. {@link StatusTransitions} decides every move.
 */
public enum DeliveryStatus {
  ACCEPTED(0),
  SENT(1),
  DELIVERED(2),
  READ(3),
  FAILED(-1),
  RECEIVED(-1);

  private final int progress;

  DeliveryStatus(int progress) {
    this.progress = progress;
  }

  /** Position on the success path; -1 for the statuses that are not on it. */
  int progress() {
    return progress;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<DeliveryStatus> fromWireName(String name) {
    return Arrays.stream(values()).filter(status -> status.wireName().equals(name)).findFirst();
  }
}
