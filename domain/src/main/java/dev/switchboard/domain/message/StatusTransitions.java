package dev.switchboard.domain.message;

import dev.switchboard.domain.channel.Channel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one table that decides how a status update changes a message. Providers report late, twice and out of order,
 * so the status only ever moves forward:
 *
 * <pre>
 * current \ update | sent      delivered  read   failed(reason)
 * -----------------+---------------------------------------------------------------
 * accepted         | sent      delivered  read   failed + reason
 * sent             | -         delivered  read   failed + reason
 * delivered        | -         -          read   reason recorded (email: failed + reason, a bounce)
 * read             | -         -          -      reason recorded
 * failed           | -         -          -      reason recorded (unless already there)
 * received         | -         -          -      -               (inbound messages have no delivery)
 * </pre>
 *
 * "-" changes nothing. A reason that is already recorded is never recorded twice, so a repeated update is a no-op.
 * {@code read} implies {@code delivered}: a late {@code delivered} after {@code read} changes nothing.
 */
public final class StatusTransitions {

  private StatusTransitions() {}

  /** What applying an update does. */
  public sealed interface Outcome {
    /** The status moves to {@code status}; {@code error} is recorded too when the update was a failure. */
    record Moved(DeliveryStatus status, Optional<String> error) implements Outcome {}

    /** The status stays; the failure reason is kept with the message's errors. */
    record ErrorRecorded(String error) implements Outcome {}

    record Unchanged() implements Outcome {}
  }

  private static final Outcome UNCHANGED = new Outcome.Unchanged();

  public static Outcome apply(
      Channel channel, DeliveryStatus current, List<String> recordedErrors, StatusUpdate update) {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(update, "update");
    if (current == DeliveryStatus.RECEIVED) {
      return UNCHANGED;
    }
    return switch (update) {
      case StatusUpdate.Sent sent -> advance(current, DeliveryStatus.SENT);
      case StatusUpdate.Delivered delivered -> advance(current, DeliveryStatus.DELIVERED);
      case StatusUpdate.Read read -> advance(current, DeliveryStatus.READ);
      case StatusUpdate.Failed failed -> fail(channel, current, recordedErrors, failed.reason());
    };
  }

  private static Outcome advance(DeliveryStatus current, DeliveryStatus target) {
    if (current == DeliveryStatus.FAILED || target.progress() <= current.progress()) {
      return UNCHANGED;
    }
    return new Outcome.Moved(target, Optional.empty());
  }

  private static Outcome fail(Channel channel, DeliveryStatus current, List<String> recordedErrors, String reason) {
    boolean stillInFlight = current == DeliveryStatus.ACCEPTED || current == DeliveryStatus.SENT;
    boolean emailBounce = channel == Channel.EMAIL && current == DeliveryStatus.DELIVERED;
    if (stillInFlight || emailBounce) {
      return new Outcome.Moved(
          DeliveryStatus.FAILED,
          recordedErrors.contains(reason) ? Optional.empty() : Optional.of(reason));
    }
    return recordedErrors.contains(reason) ? UNCHANGED : new Outcome.ErrorRecorded(reason);
  }
}
