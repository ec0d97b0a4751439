package dev.switchboard.application.port.in;

import dev.switchboard.domain.Violation;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.thread.CandidateId;
import dev.switchboard.domain.thread.MessageThread;
import dev.switchboard.domain.thread.ThreadId;
import java.util.Objects;
import java.util.Optional;

/** Changes a thread's identifier or chatbot flag, or ties it to a candidate (once). Absent fields stay as they are. */
public interface UpdateThreadUseCase {

  record Command(
      OrganizationId organizationId,
      ThreadId threadId,
      Optional<String> identifier,
      Optional<Boolean> chatbotPaused,
      Optional<CandidateId> candidateId) {
    public Command {
      Objects.requireNonNull(organizationId, "organizationId");
      Objects.requireNonNull(threadId, "threadId");
      Objects.requireNonNull(identifier, "identifier");
      Objects.requireNonNull(chatbotPaused, "chatbotPaused");
      Objects.requireNonNull(candidateId, "candidateId");
    }
  }

  sealed interface Result {
    record Updated(MessageThread thread) implements Result {}

    record NotFound() implements Result {}

    record InvalidIdentifier(Violation violation) implements Result {}

    record IdentifierTaken(ThreadId existing) implements Result {}

    /** The thread belongs to another candidate already, and that never changes. */
    record CandidateAlreadyAssigned(CandidateId existing) implements Result {}
  }

  Result update(Command command);
}
