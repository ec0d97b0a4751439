package dev.switchboard.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.in.CreateChannelUseCase;
import dev.switchboard.application.port.in.DeleteChannelUseCase;
import dev.switchboard.application.port.in.HandleProviderCallbackUseCase;
import dev.switchboard.application.port.in.UpdateChannelUseCase;
import dev.switchboard.application.port.out.ChannelGateway.SendOutcome;
import dev.switchboard.application.provider.ProviderCallback;
import dev.switchboard.application.testing.FakeChannelGateway;
import dev.switchboard.application.testing.FakeProviderClient;
import dev.switchboard.application.testing.MessagingFixture;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.connection.ConnectionId;
import dev.switchboard.domain.connection.ProviderKind;
import dev.switchboard.domain.connection.RegisteredChannel;
import dev.switchboard.domain.message.DeliveryStatus;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.testing.Ids;
import dev.switchboard.domain.thread.MessageThread;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The channel registry over the in-memory adapters, with the fake provider behind it. */
class ChannelCoreTest {

  private static final OrganizationId ORGANIZATION = Ids.ORGANIZATION;
  private static final OrganizationId OTHER = Ids.OTHER_ORGANIZATION;

  private final MessagingFixture fixture = MessagingFixture.create();
  private final FakeChannelGateway provider = new FakeChannelGateway();
  private final FakeProviderClient providers = new FakeProviderClient(provider);
  private final ChannelCore channels = ChannelCore.create(
      MessagingFixture.ports(fixture.adapters(), fixture.adapters().events(), fixture.clock(), fixture.ids()),
      fixture.adapters().channels(), providers, new SendRateLimit(2));
  private final MessagingCore routed = MessagingCore.create(
      MessagingFixture.ports(fixture.adapters(), fixture.adapters().events(), fixture.clock(), fixture.ids()),
      channels.gateway(), MessagingFixture.POLICY, dev.switchboard.application.testing.FixedRandom.of(0.0));

  private RegisteredChannel twilio(OrganizationId organization, Optional<Boolean> makeDefault) {
    var result = channels.createChannel().create(new CreateChannelUseCase.Command(
        organization, Channel.SMS, ProviderKind.TWILIO,
        Map.of("accountSid", "AC1", "fromNumber", "+15550001111"), Map.of("authToken", "secret"),
        Optional.empty(), makeDefault));
    return ((CreateChannelUseCase.Result.Created) result).channel();
  }

  @Test
  void givenNewOrganization_setup_registersOneDefaultSandboxChannelPerPlatform() {
    fixture.adapters().transactions().inTransaction(() -> {
      channels.organizationSetup().prepare(ORGANIZATION, fixture.now());
      return null;
    });

    assertThat(channels.listChannels().list(ORGANIZATION))
        .allSatisfy(channel -> assertThat(channel.isDefault()).isTrue())
        .extracting(channel -> channel.connection().platform())
        .containsExactly(Channel.WHATSAPP, Channel.SMS, Channel.EMAIL);
  }

  @Test
  void givenFirstChannelOfAPlatform_create_makesItTheDefault_andALaterOneOnlyWhenAsked() {
    RegisteredChannel first = twilio(ORGANIZATION, Optional.empty());
    RegisteredChannel second = twilio(ORGANIZATION, Optional.empty());
    RegisteredChannel third = twilio(ORGANIZATION, Optional.of(true));

    assertThat(first.isDefault()).isTrue();
    assertThat(second.isDefault()).isFalse();
    assertThat(third.isDefault()).isTrue();
    assertThat(channels.getChannel().get(ORGANIZATION, first.id()).orElseThrow().isDefault()).isFalse();
  }

  @Test
  void givenDefaultWithOtherChannels_delete_isRefused_untilItIsTheLastOne() {
    RegisteredChannel first = twilio(ORGANIZATION, Optional.empty());
    RegisteredChannel second = twilio(ORGANIZATION, Optional.empty());

    assertThat(channels.deleteChannel().delete(ORGANIZATION, first.id()))
        .isInstanceOf(DeleteChannelUseCase.Result.StillDefault.class);
    assertThat(channels.deleteChannel().delete(ORGANIZATION, second.id()))
        .isInstanceOf(DeleteChannelUseCase.Result.Deleted.class);
    assertThat(channels.deleteChannel().delete(ORGANIZATION, first.id()))
        .isInstanceOf(DeleteChannelUseCase.Result.Deleted.class);
  }

  @Test
  void givenAnotherOrganizationsChannel_getUpdateDelete_findNothing() {
    RegisteredChannel foreign = twilio(OTHER, Optional.empty());

    assertThat(channels.getChannel().get(ORGANIZATION, foreign.id())).isEmpty();
    assertThat(channels.updateChannel().update(new UpdateChannelUseCase.Command(
        ORGANIZATION, foreign.id(), Optional.empty(), Map.of(), Optional.empty(), Optional.of(true))))
        .isInstanceOf(UpdateChannelUseCase.Result.NotFound.class);
    assertThat(channels.deleteChannel().delete(ORGANIZATION, foreign.id()))
        .isInstanceOf(DeleteChannelUseCase.Result.NotFound.class);
  }

  @Test
  void givenDefaultChannel_dispatch_sendsThroughIt() {
    RegisteredChannel sms = twilio(ORGANIZATION, Optional.empty());
    Message message = fixture.sendText(fixture.smsThread(ORGANIZATION), "Hello");

    routed.dispatchDeliveries().dispatchDue();

    assertThat(providers.usedConnections()).containsExactly(sms.connection());
    assertThat(fixture.storedMessage(message).deliveryStatus()).isEqualTo(DeliveryStatus.SENT);
  }

  @Test
  void givenNoChannelForThePlatform_dispatch_failsTheMessageSayingSo() {
    Message message = fixture.sendText(fixture.smsThread(ORGANIZATION), "Hello");

    routed.dispatchDeliveries().dispatchDue();

    Message stored = fixture.storedMessage(message);
    assertThat(stored.deliveryStatus()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(stored.errorMessages()).singleElement().asString().contains("no sms channel");
  }

  @Test
  void givenSendRateUsedUp_dispatch_queuesTheNextMessage_andSendsItWhenASlotFrees() {
    twilio(ORGANIZATION, Optional.empty());
    Message first = fixture.sendText(fixture.createThread(ORGANIZATION, Channel.SMS, "+31 6 1111 1111"), "One");
    Message second = fixture.sendText(fixture.createThread(ORGANIZATION, Channel.SMS, "+31 6 2222 2222"), "Two");

    routed.dispatchDeliveries().dispatchDue();
    DeliveryStatus secondMeanwhile = fixture.storedMessage(second).deliveryStatus();
    fixture.clock().advance(Duration.ofMillis(500));
    routed.dispatchDeliveries().dispatchDue();

    assertThat(fixture.storedMessage(first).deliveryStatus()).isEqualTo(DeliveryStatus.SENT);
    assertThat(secondMeanwhile).isEqualTo(DeliveryStatus.ACCEPTED);
    assertThat(fixture.storedMessage(second).deliveryStatus()).isEqualTo(DeliveryStatus.SENT);
    assertThat(provider.deliveries()).hasSize(2);
  }

  @Test
  void givenStatusCallbackOnAChannel_appliesOnlyToItsOrganization() {
    RegisteredChannel own = twilio(ORGANIZATION, Optional.empty());
    twilio(OTHER, Optional.empty());
    MessageThread othersThread = fixture.smsThread(OTHER);
    Message othersMessage = fixture.sendText(othersThread, "Theirs");
    routed.dispatchDeliveries().dispatchDue();
    String providerId = fixture.storedMessage(othersMessage).providerMessageId().orElseThrow();

    var result = channels.handleProviderCallback().handle(new HandleProviderCallbackUseCase.Command(
        ProviderKind.TWILIO, own.id(), signed("status " + providerId + " delivered")));

    assertThat(result).isEqualTo(new HandleProviderCallbackUseCase.Result.Applied("text/plain", "", 0, 1, 1));
    assertThat(fixture.storedMessage(othersMessage).deliveryStatus()).isEqualTo(DeliveryStatus.SENT);
  }

  @Test
  void givenCallbackForAnotherProviderOrUnknownChannel_isUnknownChannel() {
    RegisteredChannel own = twilio(ORGANIZATION, Optional.empty());

    assertThat(channels.handleProviderCallback().handle(new HandleProviderCallbackUseCase.Command(
        ProviderKind.WHATSAPP_CLOUD, own.id(), signed(""))))
        .isInstanceOf(HandleProviderCallbackUseCase.Result.UnknownChannel.class);
    assertThat(channels.handleProviderCallback().handle(new HandleProviderCallbackUseCase.Command(
        ProviderKind.TWILIO, new ConnectionId(java.util.UUID.fromString("00000000-0000-7000-8000-000000000999")), signed(""))))
        .isInstanceOf(HandleProviderCallbackUseCase.Result.UnknownChannel.class);
  }

  private static ProviderCallback signed(String body) {
    return new ProviderCallback("POST", "/providers/x", Map.of(),
        Map.of(FakeProviderClient.SIGNATURE_HEADER, List.of(FakeProviderClient.VALID_SIGNATURE)),
        body.getBytes(StandardCharsets.UTF_8), "http://localhost/providers/x");
  }
}
