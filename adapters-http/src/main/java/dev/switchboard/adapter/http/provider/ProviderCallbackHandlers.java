package dev.switchboard.adapter.http.provider;

import dev.switchboard.adapter.http.jsonapi.ApiError;
import dev.switchboard.adapter.http.jsonapi.ApiException;
import dev.switchboard.adapter.http.jsonapi.Uuids;
import dev.switchboard.application.port.in.HandleProviderCallbackUseCase;
import dev.switchboard.application.port.in.HandleProviderCallbackUseCase.Result;
import dev.switchboard.application.provider.ProviderCallback;
import dev.switchboard.domain.connection.ConnectionId;
import dev.switchboard.domain.connection.ProviderKind;
import io.javalin.http.Context;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET|POST /providers/{provider}/{channelId}}: webhooks from providers. No API key: authenticity is the
 * provider's signature, which the provider adapter checks on the raw request. The URL a provider signed (Twilio signs
 * it) is rebuilt from the configured public base URL, since behind a proxy the request's own URL differs. Answers
 * carry no detail about why a callback was refused, which is logged instead (without headers or body, which hold
 * signatures and personal data).
 */
public final class ProviderCallbackHandlers {

  private static final Logger LOG = LoggerFactory.getLogger(ProviderCallbackHandlers.class);

  private final HandleProviderCallbackUseCase callbacks;
  private final Supplier<String> publicBaseUrl;

  public ProviderCallbackHandlers(HandleProviderCallbackUseCase callbacks, Supplier<String> publicBaseUrl) {
    this.callbacks = Objects.requireNonNull(callbacks, "callbacks");
    this.publicBaseUrl = Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
  }

  public void handle(Context ctx) {
    ProviderKind provider = ProviderKind.fromWireName(ctx.pathParam("provider"))
        .orElseThrow(() -> ApiException.notFound("No provider callbacks at " + ctx.path()));
    ConnectionId channel = Uuids.parse(ctx.pathParam("channelId"))
        .map(ConnectionId::new)
        .orElseThrow(() -> ApiException.notFound("Channel not found"));
    ProviderCallback callback = new ProviderCallback(
        ctx.method().name(),
        ctx.path(),
        ctx.queryParamMap(),
        headers(ctx),
        ctx.bodyAsBytes(),
        publicBaseUrl.get() + ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString()));
    switch (callbacks.handle(new HandleProviderCallbackUseCase.Command(provider, channel, callback))) {
      case Result.Challenge challenge -> ctx.status(200).contentType("text/plain").result(challenge.body());
      case Result.Applied applied -> {
        if (applied.unmatchedStatuses() > 0) {
          LOG.info("{}: {} status report(s) for messages not known (yet)", callback, applied.unmatchedStatuses());
        }
        ctx.status(200).contentType(applied.contentType()).result(applied.body());
      }
      case Result.Rejected rejected -> {
        LOG.warn("{} for channel {} refused with {}: {}", callback, channel, rejected.httpStatus(), rejected.reason());
        throw new ApiException(ApiError.of(
            rejected.httpStatus(), "callback_rejected", "The callback was not accepted"));
      }
      case Result.UnknownChannel unknown -> throw ApiException.notFound("Channel not found");
    }
  }

  private static Map<String, List<String>> headers(Context ctx) {
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String name : Collections.list(ctx.req().getHeaderNames())) {
      headers.put(name, Collections.list(ctx.req().getHeaders(name)));
    }
    return headers;
  }
}
