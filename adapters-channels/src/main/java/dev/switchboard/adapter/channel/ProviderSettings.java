package dev.switchboard.adapter.channel;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the provider clients behave, the same for every connection.
 *
 * @param publicBaseUrl where the gateway is reachable from the internet (for example {@code https://sb.example.com});
 *     Twilio is told to post status callbacks to {@code {publicBaseUrl}/providers/twilio/{connectionId}}. Without it
 *     no {@code StatusCallback} is sent and Twilio uses the number's configured webhook, if any.
 * @param connectTimeout how long to wait for a TCP (and TLS) connection to a provider
 * @param requestTimeout how long one HTTP request to a provider, or one SMTP read or write, may take
 * @param whatsappApiVersion the Graph API version in WhatsApp URLs, such as {@code v21.0}
 */
public record ProviderSettings(
    Optional<URI> publicBaseUrl, Duration connectTimeout, Duration requestTimeout, String whatsappApiVersion) {

  public static final String DEFAULT_WHATSAPP_API_VERSION = "v21.0";

  public static final ProviderSettings DEFAULT = new ProviderSettings(
      Optional.empty(), Duration.ofSeconds(5), Duration.ofSeconds(20), DEFAULT_WHATSAPP_API_VERSION);

  public ProviderSettings {
    Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(whatsappApiVersion, "whatsappApiVersion");
    if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative()
        || requestTimeout.isZero()) {
      throw new IllegalArgumentException("provider timeouts must be positive");
    }
    if (!whatsappApiVersion.matches("v\\d+\\.\\d+")) {
      throw new IllegalArgumentException("a Graph API version looks like v21.0: " + whatsappApiVersion);
    }
    publicBaseUrl.ifPresent(url -> {
      if (!url.isAbsolute() || url.getHost() == null) {
        throw new IllegalArgumentException("the public base URL must be absolute: " + url);
      }
    });
  }

  public ProviderSettings withPublicBaseUrl(URI url) {
    return new ProviderSettings(Optional.of(url), connectTimeout, requestTimeout, whatsappApiVersion);
  }

  public ProviderSettings withTimeouts(Duration connect, Duration request) {
    return new ProviderSettings(publicBaseUrl, connect, request, whatsappApiVersion);
  }
}
