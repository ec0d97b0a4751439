package dev.switchboard.application.service;

import dev.switchboard.application.port.out.ChannelConnectionRepository;
import dev.switchboard.domain.connection.RegisteredChannel;

/** Moving the default of a platform: the old default stops being one before the new one is stored as default. */
final class DefaultChannels {

  private final ChannelConnectionRepository channels;

  DefaultChannels(ChannelConnectionRepository channels) {
    this.channels = channels;
  }

  /** Call inside a transaction, before saving {@code next} as the default. */
  void releaseDefaultFor(RegisteredChannel next) {
    var connection = next.connection();
    channels.findDefault(connection.organizationId(), connection.platform())
        .filter(current -> !current.id().equals(next.id()))
        .ifPresent(current -> channels.update(current.asDefault(false)));
  }

  boolean platformHasDefault(RegisteredChannel channel) {
    var connection = channel.connection();
    return channels.findDefault(connection.organizationId(), connection.platform()).isPresent();
  }
}
