package dev.switchboard.application.service;

import dev.switchboard.application.port.in.CreateChannelUseCase;
import dev.switchboard.application.port.in.DeleteChannelUseCase;
import dev.switchboard.application.port.in.GetChannelUseCase;
import dev.switchboard.application.port.in.HandleProviderCallbackUseCase;
import dev.switchboard.application.port.in.ListChannelsUseCase;
import dev.switchboard.application.port.in.UpdateChannelUseCase;
import dev.switchboard.application.port.out.ChannelConnectionRepository;
import dev.switchboard.application.port.out.ChannelGateway;
import dev.switchboard.application.port.out.OrganizationSetup;
import dev.switchboard.application.port.out.ProviderClient;

/**
 * The channel registry: the channel use cases, the provider callbacks, the gateway that sends each message through
 * its organization's channel, and the setup that gives new organizations their sandbox channels. Hand
 * {@link #gateway()} to {@link MessagingCore#create} and {@link #organizationSetup()} to {@link TenancyCore#create}.
 * Thread-safe when the ports are; the only state is the per-channel send rate count.
 */
public final class ChannelCore {

  private final CreateChannelUseCase createChannel;
  private final GetChannelUseCase getChannel;
  private final ListChannelsUseCase listChannels;
  private final UpdateChannelUseCase updateChannel;
  private final DeleteChannelUseCase deleteChannel;
  private final HandleProviderCallbackUseCase handleProviderCallback;
  private final ChannelGateway gateway;
  private final OrganizationSetup organizationSetup;

  private ChannelCore(
      Ports ports, ChannelConnectionRepository channels, ProviderClient providers, SendRateLimit sendRate) {
    this.createChannel = new CreateChannelService(ports, channels);
    this.getChannel = new GetChannelService(channels);
    this.listChannels = new ListChannelsService(channels);
    this.updateChannel = new UpdateChannelService(ports, channels);
    this.deleteChannel = new DeleteChannelService(ports, channels);
    this.handleProviderCallback = new HandleProviderCallbackService(
        channels, providers, new RecordInboundMessageService(ports), new RecordStatusUpdateService(ports));
    this.gateway = new ChannelRoutingGateway(channels, providers, new SendRateLimiter(sendRate), ports.clock());
    this.organizationSetup = new SandboxChannelsSetup(channels, ports.ids(), ports.events());
  }

  public static ChannelCore create(
      Ports ports, ChannelConnectionRepository channels, ProviderClient providers, SendRateLimit sendRate) {
    return new ChannelCore(ports, channels, providers, sendRate);
  }

  public CreateChannelUseCase createChannel() {
    return createChannel;
  }

  public GetChannelUseCase getChannel() {
    return getChannel;
  }

  public ListChannelsUseCase listChannels() {
    return listChannels;
  }

  public UpdateChannelUseCase updateChannel() {
    return updateChannel;
  }

  public DeleteChannelUseCase deleteChannel() {
    return deleteChannel;
  }

  public HandleProviderCallbackUseCase handleProviderCallback() {
    return handleProviderCallback;
  }

  /** Sends each message through the default channel of its organization for the thread's platform. */
  public ChannelGateway gateway() {
    return gateway;
  }

  /** One default sandbox channel per platform for every new organization. */
  public OrganizationSetup organizationSetup() {
    return organizationSetup;
  }
}
