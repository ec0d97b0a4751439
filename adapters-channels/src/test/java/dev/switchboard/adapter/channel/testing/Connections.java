package dev.switchboard.adapter.channel.testing;

import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.connection.ChannelConnection;
import dev.switchboard.domain.connection.ConnectionId;
import dev.switchboard.domain.connection.ProviderKind;
import dev.switchboard.domain.testing.Ids;
import dev.switchboard.domain.testing.Times;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Connections pointed at local stubs, with recognisable (fake) credentials. */
public final class Connections {

  public static final ConnectionId ID = new ConnectionId(UUID.fromString("0190a000-0000-7000-8000-00000000c0de"));

  public static final String PHONE_NUMBER_ID = "106540352242922";
  public static final String ACCESS_TOKEN = "EAAG-test-access-token";
  public static final String APP_SECRET = "test-app-secret";
  public static final String VERIFY_TOKEN = "test-verify-token";

  public static final String ACCOUNT_SID = "AC00000000000000000000000000000001";
  public static final String AUTH_TOKEN = "test-twilio-auth-token";
  public static final String FROM_NUMBER = "+15005550006";

  public static final String FROM_ADDRESS = "jobs@acme.example.com";

  private Connections() {}

  public static ChannelConnection whatsapp(URI baseUrl) {
    return connection(Channel.WHATSAPP, ProviderKind.WHATSAPP_CLOUD,
        Map.of("phoneNumberId", PHONE_NUMBER_ID, "businessNumber", "15550001111"),
        Map.of("accessToken", ACCESS_TOKEN, "appSecret", APP_SECRET, "verifyToken", VERIFY_TOKEN),
        Optional.of(baseUrl));
  }

  public static ChannelConnection twilio(URI baseUrl) {
    return connection(Channel.SMS, ProviderKind.TWILIO,
        Map.of("accountSid", ACCOUNT_SID, "fromNumber", FROM_NUMBER), Map.of("authToken", AUTH_TOKEN),
        Optional.of(baseUrl));
  }

  public static ChannelConnection twilioWithService(URI baseUrl, String messagingServiceSid) {
    return connection(Channel.SMS, ProviderKind.TWILIO,
        Map.of("accountSid", ACCOUNT_SID, "messagingServiceSid", messagingServiceSid), Map.of("authToken", AUTH_TOKEN),
        Optional.of(baseUrl));
  }

  /** Plain SMTP on localhost without STARTTLS, optionally with a login. */
  public static ChannelConnection smtp(int port, Optional<String> username, Optional<String> password) {
    Map<String, String> settings = new HashMap<>(Map.of(
        "host", "127.0.0.1", "port", String.valueOf(port), "fromAddress", FROM_ADDRESS, "startTls", "false"));
    username.ifPresent(user -> settings.put("username", user));
    Map<String, String> credentials = new HashMap<>();
    password.ifPresent(secret -> credentials.put("password", secret));
    return connection(Channel.EMAIL, ProviderKind.SMTP, settings, credentials, Optional.empty());
  }

  private static ChannelConnection connection(
      Channel platform,
      ProviderKind provider,
      Map<String, String> settings,
      Map<String, String> credentials,
      Optional<URI> baseUrl) {
    return ChannelConnection.create(ID, Ids.ORGANIZATION, platform, provider, settings, credentials, baseUrl, Times.NOW)
        .orElseThrow();
  }
}
