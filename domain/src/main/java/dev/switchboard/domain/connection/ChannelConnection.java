package dev.switchboard.domain.connection;

import static dev.switchboard.domain.connection.ConnectionSettings.ACCESS_TOKEN;
import static dev.switchboard.domain.connection.ConnectionSettings.ACCOUNT_SID;
import static dev.switchboard.domain.connection.ConnectionSettings.APP_SECRET;
import static dev.switchboard.domain.connection.ConnectionSettings.AUTH_TOKEN;
import static dev.switchboard.domain.connection.ConnectionSettings.BUSINESS_NUMBER;
import static dev.switchboard.domain.connection.ConnectionSettings.FROM_ADDRESS;
import static dev.switchboard.domain.connection.ConnectionSettings.FROM_NUMBER;
import static dev.switchboard.domain.connection.ConnectionSettings.HOST;
import static dev.switchboard.domain.connection.ConnectionSettings.MESSAGING_SERVICE_SID;
import static dev.switchboard.domain.connection.ConnectionSettings.PASSWORD;
import static dev.switchboard.domain.connection.ConnectionSettings.PHONE_NUMBER_ID;
import static dev.switchboard.domain.connection.ConnectionSettings.PORT;
import static dev.switchboard.domain.connection.ConnectionSettings.START_TLS;
import static dev.switchboard.domain.connection.ConnectionSettings.USERNAME;
import static dev.switchboard.domain.connection.ConnectionSettings.VERIFY_TOKEN;

import dev.switchboard.domain.Validated;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.channel.EmailAddress;
import dev.switchboard.domain.organization.OrganizationId;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One organization's account at a provider for one platform: whom messages are sent as ({@link #settings()}, not
 * secret), how the provider is authenticated ({@link #credentials()}, secret: never printed by {@link #toString()})
 * and, for tests and regional endpoints, another API base URL. The keys are the constants of
 * {@link ConnectionSettings}; {@link #create} checks which ones each provider requires.
 */
public record ChannelConnection(
    ConnectionId id,
    OrganizationId organizationId,
    Channel platform,
    ProviderKind provider,
    Map<String, String> settings,
    Map<String, String> credentials,
    Optional<URI> apiBaseUrl,
    Instant createdAt,
    Instant updatedAt) {

  public static final String INVALID_CODE = "invalid_channel_connection";

  /** What {@link #withoutSecrets()} puts in place of every credential value. */
  public static final String REDACTED = "[redacted]";

  private static final Map<ProviderKind, Set<String>> SETTING_KEYS = Map.of(
      ProviderKind.WHATSAPP_CLOUD, Set.of(PHONE_NUMBER_ID, BUSINESS_NUMBER),
      ProviderKind.TWILIO, Set.of(ACCOUNT_SID, FROM_NUMBER, MESSAGING_SERVICE_SID),
      ProviderKind.SMTP, Set.of(HOST, PORT, FROM_ADDRESS, START_TLS, USERNAME),
      ProviderKind.SANDBOX, Set.of());

  private static final Map<ProviderKind, Set<String>> CREDENTIAL_KEYS = Map.of(
      ProviderKind.WHATSAPP_CLOUD, Set.of(ACCESS_TOKEN, APP_SECRET, VERIFY_TOKEN),
      ProviderKind.TWILIO, Set.of(AUTH_TOKEN),
      ProviderKind.SMTP, Set.of(PASSWORD),
      ProviderKind.SANDBOX, Set.of());

  public ChannelConnection {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    settings = Map.copyOf(settings);
    credentials = Map.copyOf(credentials);
    if (updatedAt.isBefore(createdAt)) {
      throw new IllegalArgumentException("updatedAt before createdAt");
    }
    structuralProblem(platform, provider, settings, credentials, apiBaseUrl).ifPresent(problem -> {
      throw new IllegalArgumentException(problem);
    });
  }

  /** Checks what a person configured before it becomes a connection, so the caller gets a reason. */
  public static Validated<ChannelConnection> create(
      ConnectionId id,
      OrganizationId organizationId,
      Channel platform,
      ProviderKind provider,
      Map<String, String> settings,
      Map<String, String> credentials,
      Optional<URI> apiBaseUrl,
      Instant now) {
    Optional<String> problem = structuralProblem(platform, provider, settings, credentials, apiBaseUrl);
    if (problem.isPresent()) {
      return Validated.invalid(INVALID_CODE, problem.get());
    }
    return Validated.valid(new ChannelConnection(
        id, organizationId, platform, provider, settings, credentials, apiBaseUrl, now, now));
  }

  /** The same connection with new settings, credentials and base URL, checked like {@link #create}. */
  public Validated<ChannelConnection> reconfigure(
      Map<String, String> newSettings,
      Map<String, String> newCredentials,
      Optional<URI> newApiBaseUrl,
      Instant now) {
    Optional<String> problem = structuralProblem(platform, provider, newSettings, newCredentials, newApiBaseUrl);
    if (problem.isPresent()) {
      return Validated.invalid(INVALID_CODE, problem.get());
    }
    Instant updated = now.isBefore(updatedAt) ? updatedAt : now;
    return Validated.valid(new ChannelConnection(
        id, organizationId, platform, provider, newSettings, newCredentials, newApiBaseUrl, createdAt, updated));
  }

  /**
   * The same connection with every credential value replaced by {@link #REDACTED}: which credentials are configured
   * stays known, what they are does not. For copies that outlive the request (change events, their stored
   * snapshots); such a copy cannot authenticate at the provider.
   */
  public ChannelConnection withoutSecrets() {
    Map<String, String> redacted = new java.util.HashMap<>();
    credentials.keySet().forEach(name -> redacted.put(name, REDACTED));
    return redacted.equals(credentials)
        ? this
        : new ChannelConnection(
            id, organizationId, platform, provider, settings, redacted, apiBaseUrl, createdAt, updatedAt);
  }

  public Optional<String> setting(String key) {
    return Optional.ofNullable(settings.get(key));
  }

  public Optional<String> credential(String key) {
    return Optional.ofNullable(credentials.get(key));
  }

  /** A setting the structural checks guarantee (for example the WhatsApp phone number id). */
  public String requiredSetting(String key) {
    return setting(key).orElseThrow(() -> new IllegalStateException(provider.wireName() + " connection lacks " + key));
  }

  /** A credential the structural checks guarantee (for example the Twilio auth token). */
  public String requiredCredential(String key) {
    return credential(key).orElseThrow(() -> new IllegalStateException(provider.wireName() + " connection lacks " + key));
  }

  private static Optional<String> structuralProblem(
      Channel platform,
      ProviderKind provider,
      Map<String, String> settings,
      Map<String, String> credentials,
      Optional<URI> apiBaseUrl) {
    if (platform == null || provider == null || settings == null || credentials == null || apiBaseUrl == null) {
      return Optional.of("A connection needs a platform, a provider, settings, credentials and an optional base URL");
    }
    if (!provider.serves(platform)) {
      return Optional.of("Provider " + provider.wireName() + " does not serve platform " + platform.wireName());
    }
    Optional<String> keys = unknownOrBlank("setting", settings, SETTING_KEYS.get(provider), provider)
        .or(() -> unknownOrBlank("credential", credentials, CREDENTIAL_KEYS.get(provider), provider));
    if (keys.isPresent()) {
      return keys;
    }
    if (apiBaseUrl.isPresent()) {
      URI url = apiBaseUrl.get();
      if (!url.isAbsolute() || !("https".equals(url.getScheme()) || "http".equals(url.getScheme()))
          || url.getHost() == null) {
        return Optional.of("The API base URL must be an absolute http(s) URL");
      }
    }
    return switch (provider) {
      case WHATSAPP_CLOUD -> required(settings, "setting", provider, PHONE_NUMBER_ID)
          .or(() -> required(credentials, "credential", provider, ACCESS_TOKEN, APP_SECRET, VERIFY_TOKEN));
      case TWILIO -> required(settings, "setting", provider, ACCOUNT_SID)
          .or(() -> settings.containsKey(FROM_NUMBER) == settings.containsKey(MESSAGING_SERVICE_SID)
              ? Optional.of("A twilio connection needs exactly one of the settings "
                  + FROM_NUMBER + " and " + MESSAGING_SERVICE_SID)
              : Optional.empty())
          .or(() -> required(credentials, "credential", provider, AUTH_TOKEN));
      case SMTP -> required(settings, "setting", provider, HOST, FROM_ADDRESS)
          .or(() -> EmailAddress.parse(settings.get(FROM_ADDRESS)) instanceof Validated.Invalid<EmailAddress>
              ? Optional.of("The setting " + FROM_ADDRESS + " must be an email address")
              : Optional.empty())
          .or(() -> badPort(settings.get(PORT)))
          .or(() -> settings.containsKey(START_TLS) && !Set.of("true", "false").contains(settings.get(START_TLS))
              ? Optional.of("The setting " + START_TLS + " must be true or false")
              : Optional.empty())
          .or(() -> settings.containsKey(USERNAME) && !credentials.containsKey(PASSWORD)
              ? Optional.of("An smtp connection with a " + USERNAME + " needs the credential " + PASSWORD)
              : Optional.empty());
      case SANDBOX -> Optional.empty();
    };
  }

  private static Optional<String> unknownOrBlank(
      String what, Map<String, String> values, Set<String> allowed, ProviderKind provider) {
    for (Map.Entry<String, String> entry : new java.util.TreeMap<>(values).entrySet()) {
      if (!allowed.contains(entry.getKey())) {
        return Optional.of("Unknown " + what + " '" + entry.getKey() + "' for provider " + provider.wireName()
            + "; known: " + String.join(", ", new TreeSet<>(allowed)));
      }
      if (entry.getValue() == null || entry.getValue().isBlank()) {
        return Optional.of("The " + what + " " + entry.getKey() + " cannot be blank");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> required(
      Map<String, String> values, String what, ProviderKind provider, String... keys) {
    for (String key : keys) {
      if (!values.containsKey(key)) {
        return Optional.of("A " + provider.wireName() + " connection needs the " + what + " " + key);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> badPort(String port) {
    if (port == null) {
      return Optional.empty();
    }
    try {
      int number = Integer.parseInt(port);
      return number >= 1 && number <= 65535 ? Optional.empty() : Optional.of("The setting port must be 1..65535");
    } catch (NumberFormatException e) {
      return Optional.of("The setting port must be a number");
    }
  }

  /** Prints the credential names only: secrets never reach a log line through this record. */
  @Override
  public String toString() {
    return "ChannelConnection[id=" + id + ", organizationId=" + organizationId + ", platform=" + platform.wireName()
        + ", provider=" + provider.wireName() + ", settings=" + new java.util.TreeMap<>(settings)
        + ", credentials=" + new TreeSet<>(credentials.keySet()) + " (values hidden), apiBaseUrl="
        + apiBaseUrl.map(URI::toString).orElse("default") + ", createdAt=" + createdAt + ", updatedAt=" + updatedAt
        + "]";
  }
}
