package dev.switchboard.application.service;

import dev.switchboard.application.port.out.ChannelConnectionRepository;
import dev.switchboard.application.port.out.EventSink;
import dev.switchboard.application.port.out.IdSource;
import dev.switchboard.application.port.out.OrganizationSetup;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.connection.ChannelConnection;
import dev.switchboard.domain.connection.ConnectionId;
import dev.switchboard.domain.connection.ProviderKind;
import dev.switchboard.domain.connection.RegisteredChannel;
import dev.switchboard.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Gives a new organization one default sandbox channel per platform, so that it can send (to the sandbox) before it
 * configured any provider. Registering a real channel with {@code isDefault: true} takes over from it. Each is
 * created like any other channel, with its create event, in the organization's transaction.
 */
final class SandboxChannelsSetup implements OrganizationSetup {

  private final ChannelConnectionRepository channels;
  private final IdSource ids;
  private final Events events;

  SandboxChannelsSetup(ChannelConnectionRepository channels, IdSource ids, EventSink events) {
    this.channels = channels;
    this.ids = ids;
    this.events = new Events(events);
  }

  @Override
  public void prepare(OrganizationId organization, Instant now) {
    for (Channel platform : Channel.values()) {
      ChannelConnection sandbox = new ChannelConnection(
          new ConnectionId(ids.nextId()), organization, platform, ProviderKind.SANDBOX, Map.of(), Map.of(),
          Optional.empty(), now, now);
      RegisteredChannel channel = new RegisteredChannel(sandbox, true);
      channels.insert(channel);
      events.created(channel, now);
    }
  }
}
