package dev.switchboard.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.out.ChannelConnectionRepository;
import dev.switchboard.application.port.out.DuplicateKeyException;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.connection.ChannelConnection;
import dev.switchboard.domain.connection.ConnectionId;
import dev.switchboard.domain.connection.ProviderKind;
import dev.switchboard.domain.connection.RegisteredChannel;
import dev.switchboard.domain.organization.OrganizationId;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link ChannelConnectionRepository} does. */
abstract class ChannelRepositoryContract extends PersistenceContract {

  ChannelConnectionRepository channels() {
    return backend.channels();
  }

  static RegisteredChannel whatsappChannel(OrganizationId organization, boolean isDefault, long micros) {
    return new RegisteredChannel(new ChannelConnection(
        new ConnectionId(UUID.randomUUID()), organization, Channel.WHATSAPP, ProviderKind.WHATSAPP_CLOUD,
        Map.of("phoneNumberId", "106540352242922", "businessNumber", "15550001111"),
        Map.of("accessToken", "EAAG-secret", "appSecret", "app-secret", "verifyToken", "verify"),
        Optional.of(URI.create("http://localhost:8089")), micros(micros), micros(micros)), isDefault);
  }

  static RegisteredChannel sandbox(OrganizationId organization, Channel platform, boolean isDefault) {
    return new RegisteredChannel(new ChannelConnection(
        new ConnectionId(UUID.randomUUID()), organization, platform, ProviderKind.SANDBOX, Map.of(), Map.of(),
        Optional.empty(), T0, T0), isDefault);
  }

  RegisteredChannel inserted(RegisteredChannel channel) {
    backend.transactions().inTransaction(() -> {
      channels().insert(channel);
      return null;
    });
    return channel;
  }

  @Test
  void aChannelReadsBackAsStored_credentialsIncluded() {
    RegisteredChannel channel = inserted(whatsappChannel(org, true, 1));

    assertThat(channels().findById(org, channel.id())).contains(channel);
    assertThat(channels().findForCallback(channel.id())).contains(channel);
    assertThat(channels().findDefault(org, Channel.WHATSAPP)).contains(channel);
    assertThat(channels().findDefault(org, Channel.SMS)).isEmpty();
  }

  @Test
  void anotherOrganizationsChannelIsInvisible_exceptToTheCallbackLookup() {
    RegisteredChannel foreign = inserted(whatsappChannel(otherOrg, true, 1));

    assertThat(channels().findById(org, foreign.id())).isEmpty();
    assertThat(channels().list(org)).isEmpty();
    assertThat(channels().findDefault(org, Channel.WHATSAPP)).isEmpty();
    assertThat(channels().delete(org, foreign.id())).isFalse();
    assertThat(channels().findForCallback(foreign.id())).contains(foreign);
  }

  @Test
  void listsOldestFirst_andUpdatesAndDeletes() {
    RegisteredChannel second = inserted(whatsappChannel(org, false, 20));
    RegisteredChannel first = inserted(whatsappChannel(org, true, 10));
    RegisteredChannel changed = second.withConnection(second.connection().reconfigure(
        Map.of("phoneNumberId", "42"), Map.of("accessToken", "t2", "appSecret", "s2", "verifyToken", "v2"),
        Optional.empty(), micros(30)).orElseThrow());

    backend.transactions().inTransaction(() -> {
      channels().update(first.asDefault(false));
      channels().update(changed.asDefault(true));
      return null;
    });

    assertThat(channels().list(org)).containsExactly(first.asDefault(false), changed.asDefault(true));
    assertThat(channels().delete(org, first.id())).isTrue();
    assertThat(channels().list(org)).containsExactly(changed.asDefault(true));
  }

  @Test
  void aSecondDefaultForAPlatformIsADuplicateKey_whileOtherPlatformsAndNonDefaultsAreFine() {
    inserted(sandbox(org, Channel.WHATSAPP, true));
    inserted(sandbox(org, Channel.SMS, true));
    inserted(sandbox(org, Channel.WHATSAPP, false));
    inserted(sandbox(otherOrg, Channel.WHATSAPP, true));

    assertThatThrownBy(() -> inserted(whatsappChannel(org, true, 1))).isInstanceOf(DuplicateKeyException.class);
    assertThat(channels().list(org)).hasSize(3);
  }
}
