package dev.switchboard.adapter.http;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where providers reach this server, without a trailing slash: the base of each channel's {@code callbackUrl}. The
 * {@link HttpApi} knows it once it listens ({@link HttpConfig#publicUrl()}, else {@code http://localhost:{port}});
 * parts made before the API, such as the webhook sender, which renders channels as the API does, get this holder,
 * hand it to {@link HttpApi#create(HttpConfig, UseCases, ReadinessCheck,
 * io.micrometer.prometheusmetrics.PrometheusMeterRegistry, PublicBaseUrl)} and read it after the API started.
 * Thread-safe.
 */
public final class PublicBaseUrl implements Supplier<String> {

  private volatile String value;

  private PublicBaseUrl(String value) {
    this.value = value;
  }

  /** Not known until an {@link HttpApi} created with it starts. */
  public static PublicBaseUrl unbound() {
    return new PublicBaseUrl(null);
  }

  /** A fixed URL, for a sender without an API of its own (an embedding, a test); an API created with it replaces it. */
  public static PublicBaseUrl of(URI url) {
    return new PublicBaseUrl(strip(url.toString()));
  }

  static String strip(String url) {
    return url.replaceAll("/+$", "");
  }

  /** Called by the API when it starts listening. */
  void bind(String url) {
    this.value = Objects.requireNonNull(url, "url");
  }

  public Optional<String> current() {
    return Optional.ofNullable(value);
  }

  /** The URL; fails with {@link NotKnownYet} before the API started. */
  @Override
  public String get() {
    String current = value;
    if (current == null) {
      throw new NotKnownYet();
    }
    return current;
  }

  /** The public base URL was asked for before the HTTP API started listening. */
  public static final class NotKnownYet extends IllegalStateException {
    NotKnownYet() {
      super("the public base URL is not known before the HTTP API listens");
    }
  }

  @Override
  public String toString() {
    return "PublicBaseUrl[" + current().orElse("not known yet") + "]";
  }
}
