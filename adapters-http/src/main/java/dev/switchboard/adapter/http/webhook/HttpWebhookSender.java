package dev.switchboard.adapter.http.webhook;

import dev.switchboard.adapter.http.PublicBaseUrl;
import dev.switchboard.application.port.out.WebhookSender;
import dev.switchboard.domain.webhook.AttemptOutcome;
import java.io.ByteArrayOutputStream;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Posts webhooks with {@code java.net.http}: the JSON body of {@link WebhookPayloads}, the organization's secret as
 * {@code X-Webhook-Secret} and {@code X-Recrubo-Webhook-Secret} (the name Recrubo documents) for receivers that
 * simply compare it, and a Standard Webhooks signature ({@code webhook-id}, {@code webhook-timestamp},
 * {@code webhook-signature}) for receivers that verify it and reject replays.
 *
 * <p>Each attempt checks the target first ({@link TargetAddresses}); redirects are never followed (a 3xx is a
 * failed attempt); the whole exchange, body included, has a deadline of the connect plus read timeout, and at most
 * {@link WebhookSenderConfig#maxResponseBytes()} of the answer are read. Every failure becomes
 * {@link AttemptOutcome.NotSent} with its reason; the secret never appears in one.
 *
 * <p>A channel's payload carries its {@code callbackUrl}, on the {@link PublicBaseUrl} the HTTP API announces when it
 * starts; until then a channel's webhook is not sent (a failed attempt, retried on schedule).
 *
 * <p>Thread-safe: one instance, and its one {@link HttpClient}, serve all workers.
 */
public final class HttpWebhookSender implements WebhookSender {

  private static final String USER_AGENT = "Switchboard-Webhooks/1";

  private final WebhookSenderConfig config;
  private final InstantSource clock;
  private final PublicBaseUrl publicBaseUrl;
  private final TargetAddresses targets;
  private final HttpClient client;

  /** {@code publicBaseUrl}: the one the {@link dev.switchboard.adapter.http.HttpApi} is created with. */
  public HttpWebhookSender(WebhookSenderConfig config, InstantSource clock, PublicBaseUrl publicBaseUrl) {
    this(config, clock, publicBaseUrl, TargetAddresses.SYSTEM);
  }

  HttpWebhookSender(
      WebhookSenderConfig config, InstantSource clock, PublicBaseUrl publicBaseUrl, TargetAddresses.Resolver resolver) {
    this.config = config;
    this.clock = clock;
    this.publicBaseUrl = Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
    this.targets = new TargetAddresses(config.allowPrivateTargets(), resolver);
    this.client = HttpClient.newBuilder()
        .connectTimeout(config.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  @Override
  public AttemptOutcome send(Request request) {
    Optional<String> refusal = targets.refusal(request.target());
    if (refusal.isPresent()) {
      return new AttemptOutcome.NotSent(refusal.get());
    }
    byte[] body;
    try {
      body = WebhookPayloads.render(request, publicBaseUrl);
    } catch (PublicBaseUrl.NotKnownYet early) {
      return new AttemptOutcome.NotSent(early.getMessage());
    }
    String messageId = request.deliveryId().toString();
    long timestamp = clock.instant().getEpochSecond();
    HttpRequest http = HttpRequest.newBuilder(request.target())
        .timeout(config.readTimeout())
        .header("Content-Type", "application/json")
        .header("User-Agent", USER_AGENT)
        .header("X-Webhook-Secret", request.secret())
        .header("X-Recrubo-Webhook-Secret", request.secret())
        .header("webhook-id", messageId)
        .header("webhook-timestamp", Long.toString(timestamp))
        .header("webhook-signature", StandardWebhookSignature.sign(request.secret(), messageId, timestamp, body))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    Duration deadline = config.connectTimeout().plus(config.readTimeout());
    CompletableFuture<HttpResponse<byte[]>> exchange =
        client.sendAsync(http, info -> new BoundedBody(config.maxResponseBytes()));
    try {
      HttpResponse<byte[]> response = exchange.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
      return new AttemptOutcome.Responded(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
    } catch (TimeoutException e) {
      exchange.cancel(true);
      return new AttemptOutcome.NotSent("no complete answer within " + deadline.toMillis() + " ms");
    } catch (InterruptedException e) {
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      return new AttemptOutcome.NotSent("interrupted while sending (the server is stopping)");
    } catch (ExecutionException e) {
      return new AttemptOutcome.NotSent(describe(e.getCause()));
    }
  }

  private String describe(Throwable failure) {
    return switch (failure) {
      case HttpTimeoutException timeout -> "timed out: " + timeout.getMessage();
      case ConnectException connect -> "cannot connect: " + Optional.ofNullable(connect.getMessage()).orElse("refused");
      default -> failure.getClass().getSimpleName() + Optional.ofNullable(failure.getMessage()).map(m -> ": " + m).orElse("");
    };
  }

  /**
   * Keeps the first {@code limit} bytes of a response body and then stops reading: the rest is never downloaded,
   * so a receiver cannot make the sender buffer a large answer.
   */
  private static final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final int limit;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    BoundedBody(int limit) {
      this.limit = limit;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      for (ByteBuffer buffer : buffers) {
        int take = Math.min(buffer.remaining(), limit - kept.size());
        byte[] bytes = new byte[take];
        buffer.get(bytes);
        kept.writeBytes(bytes);
      }
      if (kept.size() >= limit) {
        subscription.cancel();
        result.complete(kept.toByteArray());
      } else {
        subscription.request(1);
      }
    }

    @Override
    public void onError(Throwable failure) {
      result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
      result.complete(kept.toByteArray());
    }
  }
}
