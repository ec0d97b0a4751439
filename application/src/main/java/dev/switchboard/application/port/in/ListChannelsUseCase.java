package dev.switchboard.application.port.in;

import dev.switchboard.domain.connection.RegisteredChannel;
import dev.switchboard.domain.organization.OrganizationId;
import java.util.List;

/** The caller's channels, oldest first (an organization has a handful, so there are no pages). */
public interface ListChannelsUseCase {
  List<RegisteredChannel> list(OrganizationId organization);
}
