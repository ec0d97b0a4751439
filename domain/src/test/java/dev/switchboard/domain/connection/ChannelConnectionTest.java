package dev.switchboard.domain.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.Validated;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.testing.Ids;
import dev.switchboard.domain.testing.Times;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChannelConnectionTest {

  private static final ConnectionId ID = new ConnectionId(UUID.fromString("00000000-0000-7000-8000-0000000000c1"));

  private static Validated<ChannelConnection> create(
      Channel platform, ProviderKind provider, Map<String, String> settings, Map<String, String> credentials) {
    return ChannelConnection.create(
        ID, Ids.ORGANIZATION, platform, provider, settings, credentials, Optional.empty(), Times.NOW);
  }

  private static String reason(Validated<?> validated) {
    assertThat(validated).isInstanceOf(Validated.Invalid.class);
    return ((Validated.Invalid<?>) validated).violation().reason();
  }

  private static final Map<String, String> WHATSAPP_CREDENTIALS =
      Map.of("accessToken", "EAAG-secret", "appSecret", "app-secret", "verifyToken", "verify-me");

  @Test
  void givenCompleteWhatsappSettings_create_isValid() {
    Validated<ChannelConnection> created = create(
        Channel.WHATSAPP, ProviderKind.WHATSAPP_CLOUD,
        Map.of("phoneNumberId", "106540352242922", "businessNumber", "15550001111"), WHATSAPP_CREDENTIALS);

    ChannelConnection connection = created.orElseThrow();
    assertThat(connection.setting(ConnectionSettings.PHONE_NUMBER_ID)).contains("106540352242922");
    assertThat(connection.requiredCredential(ConnectionSettings.ACCESS_TOKEN)).isEqualTo("EAAG-secret");
    assertThat(connection.createdAt()).isEqualTo(Times.NOW);
  }

  @Test
  void givenCredentials_toString_neverShowsTheirValues() {
    ChannelConnection connection = create(
        Channel.WHATSAPP, ProviderKind.WHATSAPP_CLOUD, Map.of("phoneNumberId", "1065"), WHATSAPP_CREDENTIALS)
        .orElseThrow();

    assertThat(connection.toString())
        .contains("accessToken", "appSecret", "1065")
        .doesNotContain("EAAG-secret", "app-secret", "verify-me");
  }

  @Test
  void givenCredentials_withoutSecrets_keepsTheirNamesOnly_andEverythingElse() {
    ChannelConnection connection = create(
        Channel.WHATSAPP, ProviderKind.WHATSAPP_CLOUD, Map.of("phoneNumberId", "1065"), WHATSAPP_CREDENTIALS)
        .orElseThrow();

    ChannelConnection redacted = connection.withoutSecrets();

    assertThat(redacted.credentials()).containsOnlyKeys("accessToken", "appSecret", "verifyToken")
        .allSatisfy((name, value) -> assertThat(value).isEqualTo(ChannelConnection.REDACTED));
    assertThat(redacted.settings()).isEqualTo(connection.settings());
    assertThat(redacted.id()).isEqualTo(connection.id());
    assertThat(redacted.updatedAt()).isEqualTo(connection.updatedAt());
    assertThat(redacted.withoutSecrets()).isSameAs(redacted);
    assertThat(new RegisteredChannel(connection, true).withoutSecrets())
        .isEqualTo(new RegisteredChannel(redacted, true));
  }

  @Test
  void givenProviderForAnotherPlatform_create_isInvalid() {
    assertThat(reason(create(Channel.EMAIL, ProviderKind.TWILIO, Map.of(), Map.of())))
        .isEqualTo("Provider twilio does not serve platform email");
  }

  @Test
  void givenMissingWhatsappSecret_create_namesIt() {
    Map<String, String> credentials = new HashMap<>(WHATSAPP_CREDENTIALS);
    credentials.remove("appSecret");

    assertThat(reason(create(Channel.WHATSAPP, ProviderKind.WHATSAPP_CLOUD, Map.of("phoneNumberId", "1"), credentials)))
        .isEqualTo("A whatsapp-cloud connection needs the credential appSecret");
  }

  @Test
  void givenTwilioWithBothFromAndService_create_isInvalid() {
    Map<String, String> settings = Map.of("accountSid", "AC1", "fromNumber", "+15550001111", "messagingServiceSid", "MG1");

    assertThat(reason(create(Channel.SMS, ProviderKind.TWILIO, settings, Map.of("authToken", "t"))))
        .contains("exactly one of the settings fromNumber and messagingServiceSid");
  }

  @Test
  void givenTwilioWithService_create_isValid() {
    Map<String, String> settings = Map.of("accountSid", "AC1", "messagingServiceSid", "MG1");

    assertThat(create(Channel.SMS, ProviderKind.TWILIO, settings, Map.of("authToken", "t")))
        .isInstanceOf(Validated.Valid.class);
  }

  @Test
  void givenSecretPutInSettings_create_refusesTheUnknownKey() {
    Map<String, String> settings = Map.of("accountSid", "AC1", "fromNumber", "+1555", "authToken", "oops");

    assertThat(reason(create(Channel.SMS, ProviderKind.TWILIO, settings, Map.of("authToken", "t"))))
        .startsWith("Unknown setting 'authToken' for provider twilio");
  }

  @Test
  void givenSmtpUsernameWithoutPassword_create_isInvalid() {
    Map<String, String> settings = Map.of("host", "smtp.example.com", "fromAddress", "jobs@example.com", "username", "u");

    assertThat(reason(create(Channel.EMAIL, ProviderKind.SMTP, settings, Map.of())))
        .isEqualTo("An smtp connection with a username needs the credential password");
  }

  @Test
  void givenSmtpBadPortOrStartTls_create_isInvalid() {
    Map<String, String> base = Map.of("host", "smtp.example.com", "fromAddress", "jobs@example.com");
    Map<String, String> badPort = new HashMap<>(base);
    badPort.put("port", "70000");
    Map<String, String> badTls = new HashMap<>(base);
    badTls.put("startTls", "yes");
    Map<String, String> badFrom = new HashMap<>(base);
    badFrom.put("fromAddress", "not-an-address");

    assertThat(reason(create(Channel.EMAIL, ProviderKind.SMTP, badPort, Map.of()))).contains("1..65535");
    assertThat(reason(create(Channel.EMAIL, ProviderKind.SMTP, badTls, Map.of()))).contains("true or false");
    assertThat(reason(create(Channel.EMAIL, ProviderKind.SMTP, badFrom, Map.of()))).contains("email address");
    assertThat(create(Channel.EMAIL, ProviderKind.SMTP, base, Map.of())).isInstanceOf(Validated.Valid.class);
  }

  @Test
  void givenBlankValue_create_isInvalid() {
    assertThat(reason(create(Channel.EMAIL, ProviderKind.SMTP, Map.of("host", " ", "fromAddress", "a@example.com"), Map.of())))
        .isEqualTo("The setting host cannot be blank");
  }

  @Test
  void givenRelativeBaseUrl_create_isInvalid() {
    Validated<ChannelConnection> created = ChannelConnection.create(
        ID, Ids.ORGANIZATION, Channel.SMS, ProviderKind.SANDBOX, Map.of(), Map.of(),
        Optional.of(URI.create("/relative")), Times.NOW);

    assertThat(reason(created)).contains("absolute http(s) URL");
  }

  @Test
  void givenSandbox_servesEveryPlatform() {
    for (Channel platform : Channel.values()) {
      assertThat(create(platform, ProviderKind.SANDBOX, Map.of(), Map.of())).isInstanceOf(Validated.Valid.class);
    }
    assertThat(ProviderKind.fromWireName("whatsapp-cloud")).contains(ProviderKind.WHATSAPP_CLOUD);
  }

  @Test
  void givenBrokenRow_constructor_throws() {
    assertThatThrownBy(() -> new ChannelConnection(
            ID, Ids.ORGANIZATION, Channel.SMS, ProviderKind.TWILIO, Map.of(), Map.of(), Optional.empty(),
            Times.NOW, Times.NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("accountSid");
  }

  @Test
  void givenValidConnection_reconfigure_keepsIdentityAndMovesUpdatedAt() {
    ChannelConnection connection = create(Channel.SMS, ProviderKind.TWILIO,
        Map.of("accountSid", "AC1", "fromNumber", "+15550001111"), Map.of("authToken", "t")).orElseThrow();

    ChannelConnection changed = connection.reconfigure(
        Map.of("accountSid", "AC1", "messagingServiceSid", "MG9"), Map.of("authToken", "t2"), Optional.empty(),
        Times.hoursLater(1)).orElseThrow();

    assertThat(changed.id()).isEqualTo(connection.id());
    assertThat(changed.setting("messagingServiceSid")).contains("MG9");
    assertThat(changed.updatedAt()).isEqualTo(Times.hoursLater(1));
    assertThat(changed.createdAt()).isEqualTo(Times.NOW);
  }
}
