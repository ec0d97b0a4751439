package dev.switchboard.adapter.channel.routing;

import dev.switchboard.adapter.channel.SingleProviderClient;
import dev.switchboard.application.port.out.CallbackOutcome;
import dev.switchboard.application.port.out.ChannelGateway;
import dev.switchboard.application.provider.ProviderCallback;
import dev.switchboard.domain.connection.ChannelConnection;
import dev.switchboard.domain.connection.ProviderKind;
import java.util.Objects;

/**
 * The sandbox gateway behind the {@link ProviderClient} port: sends go to it unchanged (it needs no account), and it
 * takes no callbacks because it reports statuses itself.
 */
final class SandboxProviderClient implements SingleProviderClient {

  private final ChannelGateway sandbox;

  SandboxProviderClient(ChannelGateway sandbox) {
    this.sandbox = Objects.requireNonNull(sandbox, "sandbox");
  }

  @Override
  public ProviderKind provider() {
    return ProviderKind.SANDBOX;
  }

  @Override
  public ChannelGateway.SendOutcome send(ChannelConnection connection, ChannelGateway.Delivery delivery) {
    return sandbox.send(delivery);
  }

  @Override
  public CallbackOutcome interpret(ChannelConnection connection, ProviderCallback callback) {
    return new CallbackOutcome.Rejected(404, "the sandbox takes no provider callbacks");
  }
}
