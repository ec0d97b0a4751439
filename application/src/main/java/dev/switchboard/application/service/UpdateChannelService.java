package dev.switchboard.application.service;

import dev.switchboard.application.port.in.UpdateChannelUseCase;
import dev.switchboard.application.port.out.ChannelConnectionRepository;
import dev.switchboard.application.port.out.DuplicateKeyException;
import dev.switchboard.domain.Validated;
import dev.switchboard.domain.Violation;
import dev.switchboard.domain.connection.ChannelConnection;
import dev.switchboard.domain.connection.RegisteredChannel;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

final class UpdateChannelService implements UpdateChannelUseCase {

  static final Violation DEFAULT_REQUIRED = new Violation(
      "default_channel_required",
      "A platform with channels keeps a default; make another channel of the platform the default instead");

  private final Ports ports;
  private final ChannelConnectionRepository channels;
  private final DefaultChannels defaults;
  private final Events events;

  UpdateChannelService(Ports ports, ChannelConnectionRepository channels) {
    this.ports = ports;
    this.channels = channels;
    this.events = new Events(ports.events());
    this.defaults = new DefaultChannels(channels, events);
  }

  @Override
  public Result update(Command command) {
    try {
      return ports.transactions().inTransaction(() -> channels
          .findById(command.organizationId(), command.channelId())
          .map(current -> apply(current, command))
          .orElseGet(Result.NotFound::new));
    } catch (DuplicateKeyException raced) {
      return update(command);
    }
  }

  private Result apply(RegisteredChannel current, Command command) {
    ChannelConnection connection = current.connection();
    Map<String, String> settings = command.settings().orElse(connection.settings());
    Map<String, String> credentials = new HashMap<>(connection.credentials());
    command.credentialChanges().forEach((name, value) -> {
      if (value.isPresent()) {
        credentials.put(name, value.get());
      } else {
        credentials.remove(name);
      }
    });
    Optional<URI> apiBaseUrl = command.apiBaseUrl().orElse(connection.apiBaseUrl());
    if (command.makeDefault().equals(Optional.of(false)) && current.isDefault()) {
      return new Result.Rejected(DEFAULT_REQUIRED);
    }
    Instant now = ports.clock().instant();
    return switch (connection.reconfigure(settings, credentials, apiBaseUrl, now)) {
      case Validated.Invalid<ChannelConnection> invalid -> new Result.Rejected(invalid.violation());
      case Validated.Valid<ChannelConnection> valid -> {
        RegisteredChannel updated = current.withConnection(valid.value())
            .asDefault(command.makeDefault().orElse(current.isDefault()));
        if (updated.isDefault() && !current.isDefault()) {
          defaults.releaseDefaultFor(updated, now);
        }
        channels.update(updated);
        events.updated(current, updated, now);
        yield new Result.Updated(updated);
      }
    };
  }
}
