package dev.switchboard.application.service;

import dev.switchboard.application.port.out.ChannelConnectionRepository;
import dev.switchboard.application.port.out.ChannelGateway;
import dev.switchboard.application.port.out.ProviderClient;
import dev.switchboard.domain.connection.RegisteredChannel;
import java.time.InstantSource;
import java.util.Optional;

/**
 * The dispatcher's gateway when organizations register their own channels: a message goes through the default channel
 * of its organization for the thread's platform, within that channel's send rate, to the provider client of the
 * channel's provider. A platform without any channel fails the message with a reason that says what to do.
 */
final class ChannelRoutingGateway implements ChannelGateway {

  private final ChannelConnectionRepository channels;
  private final ProviderClient providers;
  private final SendRateLimiter limiter;
  private final InstantSource clock;

  ChannelRoutingGateway(
      ChannelConnectionRepository channels, ProviderClient providers, SendRateLimiter limiter, InstantSource clock) {
    this.channels = channels;
    this.providers = providers;
    this.limiter = limiter;
    this.clock = clock;
  }

  @Override
  public SendOutcome send(Delivery delivery) {
    var platform = delivery.thread().channel();
    Optional<RegisteredChannel> channel = channels.findDefault(delivery.message().organizationId(), platform);
    if (channel.isEmpty()) {
      return new SendOutcome.Rejected("no " + platform.wireName()
          + " channel: register one with POST /public/v2/channels, or make one the default");
    }
    Optional<java.time.Duration> wait = limiter.tryAcquire(channel.get().id(), clock.instant());
    if (wait.isPresent()) {
      return new SendOutcome.Throttled(wait.get());
    }
    return providers.send(channel.get().connection(), delivery);
  }
}
