package dev.switchboard.application.port.in;

import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.thread.MessageThread;
import dev.switchboard.domain.thread.ThreadId;
import java.util.Optional;

/** Reads one thread of the caller's organization; empty when there is none with that id. */
public interface GetThreadUseCase {
  Optional<MessageThread> get(OrganizationId organization, ThreadId id);
}
