package dev.switchboard.adapter.channel.routing;

import dev.switchboard.adapter.channel.ProviderSettings;
import dev.switchboard.adapter.channel.SingleProviderClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.adapter.channel.testing.Callbacks;
import dev.switchboard.adapter.channel.testing.Connections;
import dev.switchboard.adapter.channel.testing.Deliveries;
import dev.switchboard.application.port.out.CallbackOutcome;
import dev.switchboard.application.port.out.ChannelGateway;
import dev.switchboard.application.port.out.ChannelGateway.SendOutcome;
import dev.switchboard.application.provider.ProviderCallback;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.connection.ChannelConnection;
import dev.switchboard.domain.connection.ConnectionId;
import dev.switchboard.domain.connection.ProviderKind;
import dev.switchboard.domain.testing.Ids;
import dev.switchboard.domain.testing.Payloads;
import dev.switchboard.domain.testing.Times;
import java.net.URI;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProvidersTest {

  /** Remembers which connections it was asked about. */
  private static final class Recording implements SingleProviderClient {
    private final ProviderKind kind;
    final List<ChannelConnection> seen = new ArrayList<>();

    Recording(ProviderKind kind) {
      this.kind = kind;
    }

    @Override
    public ProviderKind provider() {
      return kind;
    }

    @Override
    public SendOutcome send(ChannelConnection connection, ChannelGateway.Delivery delivery) {
      seen.add(connection);
      return new SendOutcome.Accepted(kind.wireName() + "-1");
    }

    @Override
    public CallbackOutcome interpret(ChannelConnection connection, ProviderCallback callback) {
      seen.add(connection);
      return new CallbackOutcome.Facts(List.of());
    }
  }

  private static ChannelConnection sandbox(Channel platform) {
    return ChannelConnection.create(new ConnectionId(UUID.randomUUID()), Ids.ORGANIZATION, platform,
        ProviderKind.SANDBOX, Map.of(), Map.of(), Optional.empty(), Times.NOW).orElseThrow();
  }

  @Test
  void givenConnections_sendAndInterpret_goToTheirProvidersClient() {
    Recording whatsapp = new Recording(ProviderKind.WHATSAPP_CLOUD);
    Recording twilio = new Recording(ProviderKind.TWILIO);
    Providers providers = Providers.of(List.of(whatsapp, twilio));
    ChannelConnection sms = Connections.twilio(URI.create("http://unused.invalid"));

    SendOutcome outcome = providers.send(sms, Deliveries.of(Channel.SMS, Payloads.text()));
    providers.interpret(sms, Callbacks.post("/providers/twilio/x", Map.of(), ""));

    assertThat(outcome).isEqualTo(new SendOutcome.Accepted("twilio-1"));
    assertThat(twilio.seen).containsExactly(sms, sms);
    assertThat(whatsapp.seen).isEmpty();
  }

  @Test
  void givenDeliveryForAnotherPlatform_send_rejectsWithoutCallingTheClient() {
    Recording twilio = new Recording(ProviderKind.TWILIO);
    ChannelConnection sms = Connections.twilio(URI.create("http://unused.invalid"));

    SendOutcome outcome = Providers.of(List.of(twilio)).send(sms, Deliveries.of(Channel.EMAIL, Payloads.text()));

    assertThat(outcome).isInstanceOf(SendOutcome.Rejected.class);
    assertThat(twilio.seen).isEmpty();
  }

  @Test
  void givenSandboxGateway_sandboxConnections_sendThroughItAndTakeNoCallbacks() {
    List<ChannelGateway.Delivery> sent = new ArrayList<>();
    ChannelGateway gateway = delivery -> {
      sent.add(delivery);
      return new SendOutcome.Accepted("sandbox-1");
    };
    Providers providers = Providers.create(ProviderSettings.DEFAULT, InstantSource.fixed(Times.NOW), gateway);
    ChannelGateway.Delivery delivery = Deliveries.of(Channel.WHATSAPP, Payloads.text());

    assertThat(providers.send(sandbox(Channel.WHATSAPP), delivery)).isEqualTo(new SendOutcome.Accepted("sandbox-1"));
    assertThat(sent).containsExactly(delivery);
    assertThat(providers.interpret(sandbox(Channel.WHATSAPP), Callbacks.post("/p", Map.of(), "")))
        .isInstanceOfSatisfying(CallbackOutcome.Rejected.class, rejected -> assertThat(rejected.httpStatus()).isEqualTo(404));
  }

  @Test
  void givenTheRealProviders_everyKindButTheSandboxHasAClient() {
    Providers providers = Providers.create(ProviderSettings.DEFAULT, InstantSource.fixed(Times.NOW));

    assertThat(providers.client(ProviderKind.WHATSAPP_CLOUD)).isPresent();
    assertThat(providers.client(ProviderKind.TWILIO)).isPresent();
    assertThat(providers.client(ProviderKind.SMTP)).isPresent();
    assertThat(providers.client(ProviderKind.SANDBOX)).isEmpty();
    assertThatThrownBy(() -> providers.send(sandbox(Channel.SMS), Deliveries.of(Channel.SMS, Payloads.text())))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void givenTwoClientsForOneProvider_of_refuses() {
    assertThatThrownBy(() -> Providers.of(List.of(new Recording(ProviderKind.SMTP), new Recording(ProviderKind.SMTP))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
