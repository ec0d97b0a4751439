package dev.switchboard.application.port.in;

import dev.switchboard.domain.Violation;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.thread.CandidateId;
import dev.switchboard.domain.thread.MessageThread;
import dev.switchboard.domain.thread.ThreadId;
import java.util.Objects;
import java.util.Optional;

/** Opens a thread with a person on a channel. */
public interface CreateThreadUseCase {

  /** {@code identifier} is as the caller typed it; the use case parses it for the channel. */
  record Command(
      OrganizationId organizationId,
      Channel channel,
      String identifier,
      boolean chatbotPaused,
      Optional<CandidateId> candidateId) {
    public Command {
      Objects.requireNonNull(organizationId, "organizationId");
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(identifier, "identifier");
      Objects.requireNonNull(candidateId, "candidateId");
    }
  }

  sealed interface Result {
    record Created(MessageThread thread) implements Result {}

    /** The identifier is not valid for the channel (a phone number without country code, say). */
    record InvalidIdentifier(Violation violation) implements Result {}

    /** The organization already has a thread for this channel and identifier. */
    record IdentifierTaken(ThreadId existing) implements Result {}
  }

  Result create(Command command);
}
