package dev.switchboard.application.port.in;

import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.thread.ThreadId;

/** Deletes a thread with its messages; messages not yet sent are not sent. */
public interface DeleteThreadUseCase {
  DeleteResult delete(OrganizationId organization, ThreadId id);
}
