package dev.switchboard.application.service;

import dev.switchboard.application.port.in.CreateChannelUseCase;
import dev.switchboard.application.port.out.ChannelConnectionRepository;
import dev.switchboard.application.port.out.DuplicateKeyException;
import dev.switchboard.domain.Validated;
import dev.switchboard.domain.connection.ChannelConnection;
import dev.switchboard.domain.connection.ConnectionId;
import dev.switchboard.domain.connection.RegisteredChannel;

final class CreateChannelService implements CreateChannelUseCase {

  private final Ports ports;
  private final ChannelConnectionRepository channels;
  private final DefaultChannels defaults;
  private final Events events;

  CreateChannelService(Ports ports, ChannelConnectionRepository channels) {
    this.ports = ports;
    this.channels = channels;
    this.events = new Events(ports.events());
    this.defaults = new DefaultChannels(channels, events);
  }

  @Override
  public Result create(Command command) {
    Validated<ChannelConnection> connection = ChannelConnection.create(
        new ConnectionId(ports.ids().nextId()),
        command.organizationId(),
        command.platform(),
        command.provider(),
        command.settings(),
        command.credentials(),
        command.apiBaseUrl(),
        ports.clock().instant());
    return switch (connection) {
      case Validated.Invalid<ChannelConnection> invalid -> new Result.Rejected(invalid.violation());
      case Validated.Valid<ChannelConnection> valid -> new Result.Created(register(valid.value(), command));
    };
  }

  private RegisteredChannel register(ChannelConnection connection, Command command) {
    try {
      return ports.transactions().inTransaction(() -> {
        RegisteredChannel channel = new RegisteredChannel(connection, false);
        boolean makeDefault = command.makeDefault().orElseGet(() -> !defaults.platformHasDefault(channel));
        RegisteredChannel registered = channel.asDefault(makeDefault);
        if (makeDefault) {
          defaults.releaseDefaultFor(registered, connection.createdAt());
        }
        channels.insert(registered);
        events.created(registered, connection.createdAt());
        return registered;
      });
    } catch (DuplicateKeyException raced) {
      // Another request made a default for the platform at the same moment; decide again against what it stored.
      return register(connection, command);
    }
  }
}
