package dev.switchboard.application.testing;

import dev.switchboard.application.port.out.ChannelGateway;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A channel gateway that records every delivery it is handed and answers with scripted outcomes. Outcomes given to
 * {@link #willAnswer} are used once each, in order; after that every delivery gets {@link #willAlwaysAnswer the
 * standing answer}, which by default accepts the message under a fresh provider id ({@code provider-message-1}, ...).
 */
public final class FakeChannelGateway implements ChannelGateway {

  private final List<Delivery> deliveries = new ArrayList<>();
  private final Deque<SendOutcome> script = new ArrayDeque<>();
  private SendOutcome standing;
  private RuntimeException nextFailure;
  private int accepted;

  /** Queues outcomes for the next deliveries, one each. */
  public synchronized FakeChannelGateway willAnswer(SendOutcome... outcomes) {
    script.addAll(List.of(outcomes));
    return this;
  }

  /** Answers every delivery not covered by {@link #willAnswer} with {@code outcome}. */
  public synchronized FakeChannelGateway willAlwaysAnswer(SendOutcome outcome) {
    this.standing = Objects.requireNonNull(outcome, "outcome");
    return this;
  }

  /** Makes the next delivery throw {@code failure} instead of answering, as a broken adapter would. */
  public synchronized FakeChannelGateway willThrow(RuntimeException failure) {
    this.nextFailure = Objects.requireNonNull(failure, "failure");
    return this;
  }

  @Override
  public synchronized SendOutcome send(Delivery delivery) {
    deliveries.add(delivery);
    if (nextFailure != null) {
      RuntimeException failure = nextFailure;
      nextFailure = null;
      throw failure;
    }
    if (!script.isEmpty()) {
      return script.poll();
    }
    if (standing != null) {
      return standing;
    }
    accepted++;
    return new SendOutcome.Accepted(providerMessageId(accepted));
  }

  /** Every delivery handed over so far, oldest first. */
  public synchronized List<Delivery> deliveries() {
    return List.copyOf(deliveries);
  }

  /** The provider id the default answer gives the {@code n}th accepted delivery (1-based). */
  public static String providerMessageId(int n) {
    return "provider-message-" + n;
  }

  public static SendOutcome accepted(String providerMessageId) {
    return new SendOutcome.Accepted(providerMessageId);
  }

  public static SendOutcome rejected(String reason) {
    return new SendOutcome.Rejected(reason);
  }

  public static SendOutcome retryLater(String reason) {
    return new SendOutcome.RetryLater(Optional.empty(), reason);
  }

  public static SendOutcome retryAfter(Duration after, String reason) {
    return new SendOutcome.RetryLater(Optional.of(after), reason);
  }
}
