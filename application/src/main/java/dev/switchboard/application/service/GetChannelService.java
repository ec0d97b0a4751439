package dev.switchboard.application.service;

import dev.switchboard.application.port.in.GetChannelUseCase;
import dev.switchboard.application.port.out.ChannelConnectionRepository;
import dev.switchboard.domain.connection.ConnectionId;
import dev.switchboard.domain.connection.RegisteredChannel;
import dev.switchboard.domain.organization.OrganizationId;
import java.util.Optional;

final class GetChannelService implements GetChannelUseCase {

  private final ChannelConnectionRepository channels;

  GetChannelService(ChannelConnectionRepository channels) {
    this.channels = channels;
  }

  @Override
  public Optional<RegisteredChannel> get(OrganizationId organization, ConnectionId id) {
    return channels.findById(organization, id);
  }
}
