package dev.switchboard.application.service;

import static dev.switchboard.application.testing.MessagingFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.switchboard.application.port.in.CreateChannelUseCase;
import dev.switchboard.application.port.in.DeleteChannelUseCase;
import dev.switchboard.application.port.in.UpdateChannelUseCase;
import dev.switchboard.application.port.out.ChangeEvent;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.testing.FakeChannelGateway;
import dev.switchboard.application.testing.FakeProviderClient;
import dev.switchboard.application.testing.MessagingFixture;
import dev.switchboard.application.testing.WebhookFixture;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.connection.ChannelConnection;
import dev.switchboard.domain.connection.ProviderKind;
import dev.switchboard.domain.connection.RegisteredChannel;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.webhook.WebhookEvent;
import dev.switchboard.domain.webhook.WebhookResource;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Channel changes are recorded as {@link ChangeEvent.Resource.ChannelState} events in their transaction, like every
 * other write, so that {@code channels} webhooks fire; the events never carry a credential value.
 */
class ChannelEventsTest {

  private static final String AUTH_TOKEN = "twilio-auth-token-secret";
  private static final String OTHER_TOKEN = "rotated-auth-token-secret";

  private final WebhookFixture webhooks = new WebhookFixture();
  private final OrganizationId org = webhooks.organization();
  private final ChannelCore channels = ChannelCore.create(
      ports(), webhooks.messaging().adapters().channels(),
      new FakeProviderClient(new FakeChannelGateway()), SendRateLimit.DEFAULT);

  private Ports ports() {
    var messaging = webhooks.messaging();
    return MessagingFixture.ports(
        messaging.adapters(), messaging.adapters().events(), messaging.clock(), messaging.ids());
  }

  private List<ChangeEvent> events() {
    return webhooks.messaging().events();
  }

  private RegisteredChannel twilio(Optional<Boolean> makeDefault) {
    var result = channels.createChannel().create(new CreateChannelUseCase.Command(
        org, Channel.SMS, ProviderKind.TWILIO,
        Map.of("accountSid", "AC1", "fromNumber", "+15550001111"), Map.of("authToken", AUTH_TOKEN),
        Optional.empty(), makeDefault));
    return expect(result, CreateChannelUseCase.Result.Created.class).channel();
  }

  private UpdateChannelUseCase.Result update(
      RegisteredChannel channel,
      Optional<Map<String, String>> settings,
      Map<String, Optional<String>> credentials,
      Optional<Optional<URI>> apiBaseUrl,
      Optional<Boolean> makeDefault) {
    return channels.updateChannel().update(new UpdateChannelUseCase.Command(
        org, channel.id(), settings, credentials, apiBaseUrl, makeDefault));
  }

  private static void assertNoSecretIn(ChangeEvent event) {
    ChangeEvent.Resource.ChannelState state = (ChangeEvent.Resource.ChannelState) event.resource();
    assertThat(state.channel().connection().credentials().values()).containsOnly(ChannelConnection.REDACTED);
    assertThat(event.toString()).doesNotContain(AUTH_TOKEN, OTHER_TOKEN);
  }

  @Test
  void givenANewChannel_create_recordsACreateEventWithItsStateWithoutSecrets() {
    int before = events().size();

    RegisteredChannel created = twilio(Optional.empty());

    assertThat(events().subList(before, events().size())).singleElement().satisfies(event -> {
      assertThat(event.kind()).isEqualTo(ChangeEvent.Kind.CREATE);
      assertThat(event.organizationId()).isEqualTo(org);
      assertThat(event.changedFields()).isEmpty();
      assertThat(event.occurredAt()).isEqualTo(created.connection().createdAt());
      assertThat(event.resource()).isEqualTo(new ChangeEvent.Resource.ChannelState(created));
      ChangeEvent.Resource.ChannelState state = (ChangeEvent.Resource.ChannelState) event.resource();
      assertThat(state.channel().id()).isEqualTo(created.id());
      assertThat(state.channel().isDefault()).isTrue();
      assertThat(state.channel().connection().credentials()).containsOnlyKeys("authToken");
      assertNoSecretIn(event);
    });
  }

  @Test
  void givenANewDefault_create_recordsTheOldDefaultsUpdateFirst_thenTheCreate() {
    RegisteredChannel first = twilio(Optional.empty());
    int before = events().size();

    RegisteredChannel second = twilio(Optional.of(true));

    assertThat(events().subList(before, events().size())).satisfiesExactly(
        released -> {
          assertThat(released.kind()).isEqualTo(ChangeEvent.Kind.UPDATE);
          assertThat(released.changedFields()).containsExactly("isDefault");
          assertThat(((ChangeEvent.Resource.ChannelState) released.resource()).channel())
              .isEqualTo(first.asDefault(false).withoutSecrets());
        },
        created -> {
          assertThat(created.kind()).isEqualTo(ChangeEvent.Kind.CREATE);
          assertThat(created.resource()).isEqualTo(new ChangeEvent.Resource.ChannelState(second));
        });
  }

  @Test
  void givenAChannel_update_recordsAnUpdateNamingTheChangedAttributes_butNoValues() {
    RegisteredChannel channel = twilio(Optional.empty());
    int before = events().size();
    webhooks.messaging().clock().advance(Duration.ofMinutes(1));

    var result = update(channel, Optional.of(Map.of("accountSid", "AC2", "fromNumber", "+15550001111")),
        Map.of("authToken", Optional.of(OTHER_TOKEN)), Optional.of(Optional.of(URI.create("https://stub.example"))),
        Optional.empty());

    RegisteredChannel updated = expect(result, UpdateChannelUseCase.Result.Updated.class).channel();
    assertThat(events().subList(before, events().size())).singleElement().satisfies(event -> {
      assertThat(event.kind()).isEqualTo(ChangeEvent.Kind.UPDATE);
      assertThat(event.changedFields()).containsExactly("settings", "credentials", "apiBaseUrl");
      assertThat(event.occurredAt()).isEqualTo(webhooks.messaging().now());
      assertThat(event.resource()).isEqualTo(new ChangeEvent.Resource.ChannelState(updated));
      assertNoSecretIn(event);
    });
  }

  @Test
  void givenAChannel_changingOnlyACredentialsValue_listsCredentials() {
    RegisteredChannel channel = twilio(Optional.empty());
    int before = events().size();

    update(channel, Optional.empty(), Map.of("authToken", Optional.of(OTHER_TOKEN)), Optional.empty(),
        Optional.empty());

    assertThat(events().subList(before, events().size())).singleElement().satisfies(event -> {
      assertThat(event.changedFields()).containsExactly("credentials");
      assertNoSecretIn(event);
    });
  }

  @Test
  void givenAChannel_makingItTheDefault_recordsBothChannelsIsDefault() {
    RegisteredChannel first = twilio(Optional.empty());
    RegisteredChannel second = twilio(Optional.empty());
    int before = events().size();

    update(second, Optional.empty(), Map.of(), Optional.empty(), Optional.of(true));

    assertThat(events().subList(before, events().size()))
        .extracting(event -> ((ChangeEvent.Resource.ChannelState) event.resource()).channel().id(),
            ChangeEvent::changedFields)
        .containsExactly(
            tuple(first.id(), List.of("isDefault")),
            tuple(second.id(), List.of("isDefault")));
  }

  @Test
  void givenAChannel_anUpdateThatChangesNothing_recordsNoEvent() {
    RegisteredChannel channel = twilio(Optional.empty());
    int before = events().size();
    webhooks.messaging().clock().advance(Duration.ofMinutes(1));

    var sameValues = update(channel, Optional.of(channel.connection().settings()),
        Map.of("authToken", Optional.of(AUTH_TOKEN)), Optional.of(Optional.empty()), Optional.of(true));
    var nothingGiven = update(channel, Optional.empty(), Map.of(), Optional.empty(), Optional.empty());

    assertThat(sameValues).isInstanceOf(UpdateChannelUseCase.Result.Updated.class);
    assertThat(nothingGiven).isInstanceOf(UpdateChannelUseCase.Result.Updated.class);
    assertThat(events().subList(before, events().size())).isEmpty();
  }

  @Test
  void givenARejectedUpdateOrDelete_noEventIsRecorded() {
    RegisteredChannel first = twilio(Optional.empty());
    twilio(Optional.empty());
    int before = events().size();

    var invalid = update(first, Optional.of(Map.of("accountSid", "AC1")), Map.of(), Optional.empty(),
        Optional.empty());
    var undefault = update(first, Optional.empty(), Map.of(), Optional.empty(), Optional.of(false));
    var stillDefault = channels.deleteChannel().delete(org, first.id());

    assertThat(invalid).isInstanceOf(UpdateChannelUseCase.Result.Rejected.class);
    assertThat(undefault).isInstanceOf(UpdateChannelUseCase.Result.Rejected.class);
    assertThat(stillDefault).isInstanceOf(DeleteChannelUseCase.Result.StillDefault.class);
    assertThat(events().subList(before, events().size())).isEmpty();
  }

  @Test
  void givenAChannel_delete_recordsADeleteEventWithItsLastState() {
    RegisteredChannel channel = twilio(Optional.empty());
    int before = events().size();
    webhooks.messaging().clock().advance(Duration.ofMinutes(1));

    var result = channels.deleteChannel().delete(org, channel.id());

    assertThat(result).isInstanceOf(DeleteChannelUseCase.Result.Deleted.class);
    assertThat(events().subList(before, events().size())).singleElement().satisfies(event -> {
      assertThat(event.kind()).isEqualTo(ChangeEvent.Kind.DELETE);
      assertThat(event.changedFields()).isEmpty();
      assertThat(event.occurredAt()).isEqualTo(webhooks.messaging().now());
      assertThat(event.resource()).isEqualTo(new ChangeEvent.Resource.ChannelState(channel));
      assertNoSecretIn(event);
    });
  }

  @Test
  void givenANewOrganization_setup_recordsACreateEventPerSandboxChannel() {
    OrganizationId fresh = webhooks.organization();
    int before = events().size();

    webhooks.messaging().adapters().transactions().inTransaction(() -> {
      channels.organizationSetup().prepare(fresh, webhooks.messaging().now());
      return null;
    });

    assertThat(events().subList(before, events().size()))
        .hasSize(Channel.values().length)
        .allSatisfy(event -> {
          assertThat(event.kind()).isEqualTo(ChangeEvent.Kind.CREATE);
          assertThat(event.organizationId()).isEqualTo(fresh);
          assertThat(((ChangeEvent.Resource.ChannelState) event.resource()).channel().connection().provider())
              .isEqualTo(ProviderKind.SANDBOX);
        });
  }

  @Test
  void givenAChannelsCreateWebhook_aNewChannel_isDeliveredToIt() {
    webhooks.subscribe(org, WebhookResource.CHANNELS, WebhookEvent.CREATE);

    RegisteredChannel created = twilio(Optional.empty());
    webhooks.deliverAll();

    assertThat(webhooks.sender().requests()).singleElement().satisfies(request -> {
      assertThat(request.event()).isEqualTo(WebhookEvent.CREATE);
      assertThat(request.resource()).isEqualTo(new ChangeEvent.Resource.ChannelState(created));
      assertThat(((ChangeEvent.Resource.ChannelState) request.resource()).channel().connection().credentials())
          .doesNotContainValue(AUTH_TOKEN);
    });
    assertThat(webhooks.core().listWebhookLogs().list(org, ListQuery.firstPage()).items()).singleElement().satisfies(delivery ->
            assertThat(delivery.resource().type()).isEqualTo(WebhookResource.CHANNELS));
  }
}
