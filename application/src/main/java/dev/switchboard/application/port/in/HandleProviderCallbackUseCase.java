package dev.switchboard.application.port.in;

import dev.switchboard.application.port.out.CallbackOutcome;
import dev.switchboard.application.provider.ProviderCallback;
import dev.switchboard.domain.connection.ConnectionId;
import dev.switchboard.domain.connection.ProviderKind;
import java.util.Objects;

/**
 * A request a provider made to {@code /providers/{provider}/{channelId}}: finds the channel, lets the provider adapter
 * check the signature and read the request, and applies what it reports (inbound messages, status changes) to the
 * channel's organization only. The caller answers with the result.
 */
public interface HandleProviderCallbackUseCase {

  record Command(ProviderKind provider, ConnectionId channelId, ProviderCallback callback) {
    public Command {
      Objects.requireNonNull(provider, "provider");
      Objects.requireNonNull(channelId, "channelId");
      Objects.requireNonNull(callback, "callback");
    }
  }

  sealed interface Result {
    /** A subscription check: answer 200 with exactly this body. */
    record Challenge(String body) implements Result {}

    /**
     * The callback was genuine and its facts are applied: answer 200 with this body (Twilio expects TwiML, the others
     * nothing). {@code unmatchedStatuses} counts status reports for messages the organization does not have (yet).
     */
    record Applied(String contentType, String body, int inbound, int statuses, int unmatchedStatuses)
        implements Result {}

    /** Not trusted or not understood; answer {@code httpStatus}. The reason is for logs only. */
    record Rejected(int httpStatus, String reason) implements Result {}

    /** No channel with that id for that provider. */
    record UnknownChannel() implements Result {}
  }

  Result handle(Command command);
}
