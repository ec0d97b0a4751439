package dev.switchboard.adapter.http;

import dev.switchboard.adapter.http.jsonapi.JsonApi;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The HTTP adapter's slice of the configuration. {@code port} 0 picks a free port; {@code maxRequestBytes} caps a
 * request body (413 beyond it); {@code stopTimeout} is how long {@link HttpApi#stop()} lets in-flight requests finish.
 * The base path of the API is fixed: {@value JsonApi#BASE_PATH}, as in the Recrubo API. {@code publicUrl} is where
 * providers reach this server (behind a proxy, say {@code https://sb.example.com}); it is part of the URL Twilio signs
 * and of each channel's {@code callbackUrl}. Without it, {@code http://localhost:{port}}.
 */
public record HttpConfig(int port, long maxRequestBytes, Duration stopTimeout, Optional<URI> publicUrl) {

  public static final long DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;
  public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(10);

  public HttpConfig {
    Objects.requireNonNull(stopTimeout, "stopTimeout");
    Objects.requireNonNull(publicUrl, "publicUrl");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535: " + port);
    }
    if (maxRequestBytes < 1024) {
      throw new IllegalArgumentException("maxRequestBytes must be at least 1024: " + maxRequestBytes);
    }
    if (stopTimeout.isNegative()) {
      throw new IllegalArgumentException("stopTimeout must not be negative");
    }
  }

  public HttpConfig(int port, long maxRequestBytes, Duration stopTimeout) {
    this(port, maxRequestBytes, stopTimeout, Optional.empty());
  }

  /** The given port with a 1 MiB body limit and a 10 second stop timeout. */
  public static HttpConfig onPort(int port) {
    return new HttpConfig(port, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_STOP_TIMEOUT);
  }
}
