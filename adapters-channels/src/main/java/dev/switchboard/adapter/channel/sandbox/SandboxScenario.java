package dev.switchboard.adapter.channel.sandbox;

import dev.switchboard.domain.channel.Identifier;
import java.util.Arrays;
import java.util.Optional;

/**
 * The failures the sandbox plays when a recipient ends in a magic suffix: the last four characters of a phone
 * number, or of an email address's local part ({@code someone4001@example.com}). Every other recipient gets the
 * happy path: sent, then delivered.
 */
public enum SandboxScenario {
  /** Refused at hand-over, like an unknown recipient: the message fails at once. */
  REJECTED("4000", "sandbox 4000: the recipient cannot receive messages"),
  /** Taken, reported sent, then fails instead of being delivered (an undeliverable message). */
  FAILS_AFTER_SENT("4001", "sandbox 4001: the message could not be delivered"),
  /** Rate limited on every attempt; the dispatcher retries with backoff until it gives up. */
  ALWAYS_RATE_LIMITED("4029", "sandbox 4029: rate limit reached"),
  /** A passing outage: the first attempt fails with a 5xx-like error, the retry succeeds. */
  FIRST_ATTEMPT_UNAVAILABLE("4503", "sandbox 4503: provider temporarily unavailable");

  private final String suffix;
  private final String reason;

  SandboxScenario(String suffix, String reason) {
    this.suffix = suffix;
    this.reason = reason;
  }

  public String suffix() {
    return suffix;
  }

  public String reason() {
    return reason;
  }

  public static Optional<SandboxScenario> of(Identifier recipient) {
    String value = recipient.value();
    int at = value.indexOf('@');
    String significant = at >= 0 ? value.substring(0, at) : value;
    return Arrays.stream(values()).filter(scenario -> significant.endsWith(scenario.suffix)).findFirst();
  }
}
