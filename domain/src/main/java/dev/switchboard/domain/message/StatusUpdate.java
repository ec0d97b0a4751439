package dev.switchboard.domain.message;

import java.util.Objects;

/** What a provider (or the dispatcher) reports about an outbound message. */
public sealed interface StatusUpdate {

  /** The provider took the message. */
  record Sent() implements StatusUpdate {}

  record Delivered() implements StatusUpdate {}

  record Read() implements StatusUpdate {}

  /** The provider could not deliver; {@code reason} keeps the provider's own code where it has one. */
  record Failed(String reason) implements StatusUpdate {
    public Failed {
      Objects.requireNonNull(reason, "reason");
      if (reason.isBlank()) {
        throw new IllegalArgumentException("a failure needs a reason");
      }
    }
  }

  StatusUpdate SENT = new Sent();
  StatusUpdate DELIVERED = new Delivered();
  StatusUpdate READ = new Read();

  static StatusUpdate failed(String reason) {
    return new Failed(reason);
  }
}
