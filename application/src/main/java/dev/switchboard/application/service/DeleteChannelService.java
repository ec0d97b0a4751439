package dev.switchboard.application.service;

import dev.switchboard.application.port.in.DeleteChannelUseCase;
import dev.switchboard.application.port.out.ChannelConnectionRepository;
import dev.switchboard.domain.connection.ConnectionId;
import dev.switchboard.domain.connection.RegisteredChannel;
import dev.switchboard.domain.organization.OrganizationId;
import java.util.Optional;

final class DeleteChannelService implements DeleteChannelUseCase {

  private final Ports ports;
  private final ChannelConnectionRepository channels;
  private final Events events;

  DeleteChannelService(Ports ports, ChannelConnectionRepository channels) {
    this.ports = ports;
    this.channels = channels;
    this.events = new Events(ports.events());
  }

  @Override
  public Result delete(OrganizationId organization, ConnectionId id) {
    return ports.transactions().inTransaction(() -> {
      Optional<RegisteredChannel> channel = channels.findById(organization, id);
      if (channel.isEmpty()) {
        return new Result.NotFound();
      }
      var platform = channel.get().connection().platform();
      boolean othersOnPlatform = channels.list(organization).stream()
          .anyMatch(other -> !other.id().equals(id) && other.connection().platform() == platform);
      if (channel.get().isDefault() && othersOnPlatform) {
        return new Result.StillDefault();
      }
      channels.delete(organization, id);
      events.deleted(channel.get(), ports.clock().instant());
      return new Result.Deleted();
    });
  }
}
