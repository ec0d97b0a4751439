package dev.switchboard.application.service;

import dev.switchboard.application.port.in.ListChannelsUseCase;
import dev.switchboard.application.port.out.ChannelConnectionRepository;
import dev.switchboard.domain.connection.RegisteredChannel;
import dev.switchboard.domain.organization.OrganizationId;
import java.util.List;

final class ListChannelsService implements ListChannelsUseCase {

  private final ChannelConnectionRepository channels;

  ListChannelsService(ChannelConnectionRepository channels) {
    this.channels = channels;
  }

  @Override
  public List<RegisteredChannel> list(OrganizationId organization) {
    return channels.list(organization);
  }
}
