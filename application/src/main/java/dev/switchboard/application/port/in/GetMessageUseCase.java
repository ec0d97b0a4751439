package dev.switchboard.application.port.in;

import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.MessageId;
import dev.switchboard.domain.organization.OrganizationId;
import java.util.Optional;

/** Reads one message of the caller's organization; empty when there is none with that id. */
public interface GetMessageUseCase {
  Optional<Message> get(OrganizationId organization, MessageId id);
}
