package dev.switchboard.domain.connection;

/**
 * The keys of {@link ChannelConnection#settings()} (non-secret sender identity) and
 * {@link ChannelConnection#credentials()} (secrets) per provider. Keys are spelled as the public API spells them.
 */
public final class ConnectionSettings {

  // WhatsApp Cloud API
  /** Settings: the Graph id of the sending phone number (required). */
  public static final String PHONE_NUMBER_ID = "phoneNumberId";
  /** Settings: the sending number as people see it, digits with country code (optional, informative). */
  public static final String BUSINESS_NUMBER = "businessNumber";
  /** Credentials: the (system user) access token for the Graph API. */
  public static final String ACCESS_TOKEN = "accessToken";
  /** Credentials: the Meta app secret that signs webhook bodies ({@code X-Hub-Signature-256}). */
  public static final String APP_SECRET = "appSecret";
  /** Credentials: the token Meta echoes in the webhook verification GET. */
  public static final String VERIFY_TOKEN = "verifyToken";

  // Twilio
  /** Settings: the account ({@code AC...}) the messages are sent from (required). */
  public static final String ACCOUNT_SID = "accountSid";
  /** Settings: the sending number, E.164 with {@code +}; exactly one of this and {@link #MESSAGING_SERVICE_SID}. */
  public static final String FROM_NUMBER = "fromNumber";
  /** Settings: a messaging service ({@code MG...}); exactly one of this and {@link #FROM_NUMBER}. */
  public static final String MESSAGING_SERVICE_SID = "messagingServiceSid";
  /** Credentials: the auth token, used for basic auth and to check {@code X-Twilio-Signature}. */
  public static final String AUTH_TOKEN = "authToken";

  // SMTP
  /** Settings: the relay host (required). */
  public static final String HOST = "host";
  /** Settings: the relay port, 1..65535; 587 when absent. */
  public static final String PORT = "port";
  /** Settings: the {@code From} address (required). */
  public static final String FROM_ADDRESS = "fromAddress";
  /** Settings: {@code true} or {@code false}; whether STARTTLS is required. {@code true} when absent. */
  public static final String START_TLS = "startTls";
  /** Settings: the SMTP AUTH user; no authentication when absent. */
  public static final String USERNAME = "username";
  /** Credentials: the SMTP AUTH password, required when a {@link #USERNAME} is set. */
  public static final String PASSWORD = "password";

  public static final int DEFAULT_SMTP_PORT = 587;

  private ConnectionSettings() {}
}
