package dev.switchboard.adapter.channel.internal;

import dev.switchboard.application.port.out.ChannelGateway.SendOutcome;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Sending one provider HTTP request and the failures every provider shares: network trouble, 429 and 5xx. */
public final class HttpOutcomes {

  private static final int MAX_BODY_IN_REASON = 200;

  private HttpOutcomes() {}

  /** One HTTP exchange: a response, or the {@link SendOutcome.RetryLater} a network failure amounts to. */
  public sealed interface Exchange {
    record Answered(HttpResponse<String> response) implements Exchange {}

    record Failed(SendOutcome.RetryLater outcome) implements Exchange {}
  }

  /** A client with the connect timeout set, HTTP/1.1 (cleartext stubs need no upgrade dance). Thread-safe. */
  public static HttpClient client(Duration connectTimeout) {
    return HttpClient.newBuilder()
        .connectTimeout(connectTimeout)
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /**
   * Sends {@code request}; timeouts, refused connections and other I/O failures become {@code RetryLater}. The
   * reason never includes request headers, so no credential can leak into it.
   */
  public static Exchange exchange(HttpClient client, HttpRequest request, String provider) {
    try {
      return new Exchange.Answered(client.send(request, HttpResponse.BodyHandlers.ofString()));
    } catch (HttpConnectTimeoutException e) {
      return failed(provider + ": connecting to " + request.uri().getHost() + " timed out");
    } catch (HttpTimeoutException e) {
      // The provider may still have taken the message; it is resent, which its id deduplication cannot prevent.
      return failed(provider + ": no answer from " + request.uri().getHost() + " in time");
    } catch (ConnectException e) {
      return failed(provider + ": cannot connect to " + request.uri().getHost() + " (" + e.getClass().getSimpleName() + ")");
    } catch (IOException e) {
      return failed(provider + ": " + e.getClass().getSimpleName() + " talking to " + request.uri().getHost());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(provider + ": interrupted while sending");
    }
  }

  private static Exchange failed(String reason) {
    return new Exchange.Failed(new SendOutcome.RetryLater(Optional.empty(), reason));
  }

  public static boolean isRateLimited(HttpResponse<?> response) {
    return response.statusCode() == 429;
  }

  public static boolean isServerError(HttpResponse<?> response) {
    return response.statusCode() >= 500;
  }

  /** {@code Retry-After} as delay-seconds or an HTTP date (RFC 9110 §10.2.3); empty when absent or unreadable. */
  public static Optional<Duration> retryAfter(HttpResponse<?> response, Instant now) {
    return response.headers().firstValue("Retry-After").flatMap(value -> parseRetryAfter(value, now));
  }

  static Optional<Duration> parseRetryAfter(String value, Instant now) {
    String trimmed = value.strip();
    if (trimmed.matches("\\d{1,9}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
    }
    try {
      Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration delay = Duration.between(now, at);
      return Optional.of(delay.isNegative() ? Duration.ZERO : delay);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The start of a body, on one line, for a reason when a provider's error body is not what we expect. */
  public static String snippet(String body) {
    String oneLine = body.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= MAX_BODY_IN_REASON ? oneLine : oneLine.substring(0, MAX_BODY_IN_REASON) + "...";
  }
}
