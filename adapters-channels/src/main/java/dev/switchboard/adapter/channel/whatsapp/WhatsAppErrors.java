package dev.switchboard.adapter.channel.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.adapter.channel.internal.HttpOutcomes;
import dev.switchboard.application.port.out.ChannelGateway.SendOutcome;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps a Graph API error answer to an outcome. Throughput limits ({@code 4} app, {@code 80007} account,
 * {@code 130429} cloud API, {@code 131048} spam, {@code 131056} pair rate), Graph's own passing failures ({@code 1},
 * {@code 2}), HTTP 429 and 5xx are retried, honouring {@code Retry-After}; everything else (131047 re-engagement,
 * 131026 undeliverable, 132000/132001 template, 100 invalid parameter, 190 expired token, ...) is refused with the
 * code kept in the reason, e.g. {@code whatsapp 131047: Re-engagement message}.
 */
final class WhatsAppErrors {

  private static final Logger log = LoggerFactory.getLogger(WhatsAppErrors.class);

  static final Set<Integer> RETRYABLE_CODES = Set.of(1, 2, 4, 80007, 130429, 131048, 131056);

  private final ObjectMapper json;

  WhatsAppErrors(ObjectMapper json) {
    this.json = json;
  }

  /** A Graph error object: {@code {"error":{"message","type","code","error_subcode","error_data":{"details"},"fbtrace_id"}}}. */
  record GraphError(int code, Optional<Integer> subcode, String message, Optional<String> details, Optional<String> fbtraceId) {
    String describe() {
      StringBuilder reason = new StringBuilder("whatsapp ").append(code);
      subcode.ifPresent(sub -> reason.append('/').append(sub));
      reason.append(": ").append(message);
      details.filter(detail -> !detail.equals(message)).ifPresent(detail -> reason.append(" (").append(detail).append(')'));
      return reason.toString();
    }
  }

  SendOutcome classify(HttpResponse<String> response, Instant now) {
    Optional<GraphError> error = parse(response.body());
    error.ifPresent(found -> log.warn("whatsapp answered {} with error {} (fbtrace_id {})",
        response.statusCode(), found.describe(), found.fbtraceId().orElse("-")));
    boolean retryable = HttpOutcomes.isRateLimited(response)
        || HttpOutcomes.isServerError(response)
        || error.map(found -> RETRYABLE_CODES.contains(found.code())).orElse(false);
    String reason = error.map(GraphError::describe)
        .orElseGet(() -> "whatsapp http " + response.statusCode() + ": " + HttpOutcomes.snippet(response.body()));
    if (retryable) {
      return new SendOutcome.RetryLater(HttpOutcomes.retryAfter(response, now), reason);
    }
    return new SendOutcome.Rejected(reason);
  }

  private Optional<GraphError> parse(String body) {
    try {
      JsonNode error = json.readTree(body).path("error");
      if (!error.path("code").isNumber()) {
        return Optional.empty();
      }
      return Optional.of(new GraphError(
          error.path("code").asInt(),
          error.path("error_subcode").isNumber() ? Optional.of(error.path("error_subcode").asInt()) : Optional.empty(),
          error.path("message").asText("(no message)"),
          text(error.path("error_data").path("details")),
          text(error.path("fbtrace_id"))));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> text(JsonNode node) {
    return node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText()) : Optional.empty();
  }
}
