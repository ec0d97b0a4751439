package dev.switchboard.application.service;

import dev.switchboard.application.port.out.ChannelConnectionRepository;
import dev.switchboard.domain.connection.RegisteredChannel;
import java.time.Instant;

/**
 * Moving the default of a platform: the old default stops being one before the new one is stored as default. The
 * old default's change is an update of its {@code isDefault}, recorded like any other.
 */
final class DefaultChannels {

  private final ChannelConnectionRepository channels;
  private final Events events;

  DefaultChannels(ChannelConnectionRepository channels, Events events) {
    this.channels = channels;
    this.events = events;
  }

  /** Call inside a transaction, before saving {@code next} as the default. */
  void releaseDefaultFor(RegisteredChannel next, Instant now) {
    var connection = next.connection();
    channels.findDefault(connection.organizationId(), connection.platform())
        .filter(current -> !current.id().equals(next.id()))
        .ifPresent(current -> {
          RegisteredChannel released = current.asDefault(false);
          channels.update(released);
          events.updated(current, released, now);
        });
  }

  boolean platformHasDefault(RegisteredChannel channel) {
    var connection = channel.connection();
    return channels.findDefault(connection.organizationId(), connection.platform()).isPresent();
  }
}
