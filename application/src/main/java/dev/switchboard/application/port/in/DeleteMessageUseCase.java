package dev.switchboard.application.port.in;

import dev.switchboard.domain.message.MessageId;
import dev.switchboard.domain.organization.OrganizationId;

/** Deletes a message; one not yet sent is taken out of the delivery queue too. */
public interface DeleteMessageUseCase {
  DeleteResult delete(OrganizationId organization, MessageId id);
}
