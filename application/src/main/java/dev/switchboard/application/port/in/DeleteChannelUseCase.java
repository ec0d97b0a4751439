package dev.switchboard.application.port.in;

import dev.switchboard.domain.connection.ConnectionId;
import dev.switchboard.domain.organization.OrganizationId;

/**
 * Removes a channel. The default channel of a platform can only go when it is the platform's last one; otherwise
 * another channel must become the default first, so that threads never lose their channel silently. Without any
 * channel for its platform, a thread's messages fail with a reason that says so.
 */
public interface DeleteChannelUseCase {

  sealed interface Result {
    record Deleted() implements Result {}

    record NotFound() implements Result {}

    /** The channel is its platform's default and other channels of the platform remain. */
    record StillDefault() implements Result {}
  }

  Result delete(OrganizationId organization, ConnectionId id);
}
