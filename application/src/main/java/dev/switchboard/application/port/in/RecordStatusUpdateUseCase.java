package dev.switchboard.application.port.in;

import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.StatusTransitions;
import dev.switchboard.domain.message.StatusUpdate;
import dev.switchboard.domain.organization.OrganizationId;
import java.util.Objects;

/**
 * Applies what a provider reports about an outbound message (sent, delivered, read, failed) through the status
 * table; late, repeated and out-of-order reports are safe.
 */
public interface RecordStatusUpdateUseCase {

  record Command(OrganizationId organizationId, String providerMessageId, StatusUpdate update) {
    public Command {
      Objects.requireNonNull(organizationId, "organizationId");
      Objects.requireNonNull(providerMessageId, "providerMessageId");
      Objects.requireNonNull(update, "update");
    }
  }

  sealed interface Result {
    record Applied(Message message, StatusTransitions.Outcome outcome) implements Result {}

    /** No message of the organization carries that provider id (yet). */
    record MessageNotFound() implements Result {}
  }

  Result record(Command command);
}
