package dev.switchboard.application.port.in;

import dev.switchboard.domain.connection.ConnectionId;
import dev.switchboard.domain.connection.RegisteredChannel;
import dev.switchboard.domain.organization.OrganizationId;
import java.util.Optional;

/** Reads one channel of the caller's organization; another organization's channel is not found. */
public interface GetChannelUseCase {
  Optional<RegisteredChannel> get(OrganizationId organization, ConnectionId id);
}
