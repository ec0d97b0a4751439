package dev.switchboard.adapter.channel.routing;

import dev.switchboard.adapter.channel.ProviderSettings;
import dev.switchboard.adapter.channel.SingleProviderClient;
import dev.switchboard.adapter.channel.smtp.SmtpEmailClient;
import dev.switchboard.adapter.channel.twilio.TwilioSmsClient;
import dev.switchboard.adapter.channel.whatsapp.WhatsAppCloudClient;
import dev.switchboard.application.port.out.CallbackOutcome;
import dev.switchboard.application.port.out.ChannelGateway;
import dev.switchboard.application.provider.ProviderCallback;
import dev.switchboard.application.port.out.ProviderClient;
import dev.switchboard.domain.connection.ChannelConnection;
import dev.switchboard.domain.connection.ProviderKind;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entry point of adapters-channels: one {@link ProviderClient} that hands each call to the client of the
 * connection's {@link ChannelConnection#provider() provider}. Thread-safe, like every client behind it.
 */
public final class Providers implements ProviderClient {

  private final Map<ProviderKind, SingleProviderClient> clients;

  private Providers(Collection<? extends SingleProviderClient> clients) {
    Map<ProviderKind, SingleProviderClient> byKind = new EnumMap<>(ProviderKind.class);
    for (SingleProviderClient client : clients) {
      if (byKind.put(client.provider(), client) != null) {
        throw new IllegalArgumentException("two clients for provider " + client.provider().wireName());
      }
    }
    this.clients = Map.copyOf(byKind);
  }

  /** WhatsApp Cloud API, Twilio and SMTP; connections to the sandbox are refused (see the other factory). */
  public static Providers create(ProviderSettings settings, InstantSource clock) {
    return new Providers(real(settings, clock));
  }

  /** The real providers plus the sandbox gateway for {@link ProviderKind#SANDBOX} connections. */
  public static Providers create(ProviderSettings settings, InstantSource clock, ChannelGateway sandbox) {
    List<SingleProviderClient> all = new ArrayList<>(real(settings, clock));
    all.add(new SandboxProviderClient(sandbox));
    return new Providers(all);
  }

  /** Any set of clients, at most one per provider (tests, or a replacement for one provider). */
  public static Providers of(Collection<? extends SingleProviderClient> clients) {
    return new Providers(clients);
  }

  private static List<SingleProviderClient> real(ProviderSettings settings, InstantSource clock) {
    return List.of(
        new WhatsAppCloudClient(settings, clock),
        new TwilioSmsClient(settings, clock),
        new SmtpEmailClient(settings, clock));
  }

  /** The client for one provider, when configured. */
  public Optional<SingleProviderClient> client(ProviderKind provider) {
    return Optional.ofNullable(clients.get(provider));
  }

  @Override
  public ChannelGateway.SendOutcome send(ChannelConnection connection, ChannelGateway.Delivery delivery) {
    if (connection.platform() != delivery.thread().channel()) {
      return new ChannelGateway.SendOutcome.Rejected("connection " + connection.id() + " serves "
          + connection.platform().wireName() + ", not " + delivery.thread().channel().wireName());
    }
    return clientFor(connection).send(connection, delivery);
  }

  @Override
  public CallbackOutcome interpret(ChannelConnection connection, ProviderCallback callback) {
    return clientFor(connection).interpret(connection, callback);
  }

  private SingleProviderClient clientFor(ChannelConnection connection) {
    SingleProviderClient client = clients.get(connection.provider());
    if (client == null) {
      throw new IllegalStateException("no client for provider " + connection.provider().wireName()
          + " (connection " + connection.id() + ")");
    }
    return client;
  }
}
