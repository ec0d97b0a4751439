package dev.switchboard.domain.webhook;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a webhook delivery stands: {@code PENDING} until an attempt succeeds ({@code DELIVERED}) or the retry
 * schedule runs out ({@code FAILED}). A failed delivery can be sent again on request, which makes it pending again.
 */
public enum DeliveryState {
  PENDING,
  DELIVERED,
  FAILED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<DeliveryState> parse(String wireName) {
    return Arrays.stream(values()).filter(value -> value.wireName().equals(wireName)).findFirst();
  }
}
