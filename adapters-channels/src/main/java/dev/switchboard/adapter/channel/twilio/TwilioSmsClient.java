package dev.switchboard.adapter.channel.twilio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.adapter.channel.ProviderSettings;
import dev.switchboard.adapter.channel.SingleProviderClient;
import dev.switchboard.adapter.channel.internal.HttpOutcomes;
import dev.switchboard.application.port.out.CallbackOutcome;
import dev.switchboard.application.port.out.ChannelGateway.Delivery;
import dev.switchboard.application.port.out.ChannelGateway.SendOutcome;
import dev.switchboard.application.provider.ProviderCallback;
import dev.switchboard.domain.connection.ChannelConnection;
import dev.switchboard.domain.connection.ConnectionSettings;
import dev.switchboard.domain.connection.ProviderKind;
import dev.switchboard.domain.message.MediaPayload;
import dev.switchboard.domain.message.TemplatePayload;
import dev.switchboard.domain.message.TextPayload;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Twilio Programmable Messaging (SMS/MMS): {@code POST {base}/2010-04-01/Accounts/{AccountSid}/Messages.json},
 * form-encoded, basic auth {@code AccountSid:AuthToken}. Templates go out as their rendered text; media as an MMS
 * {@code MediaUrl} with the caption as body. Status callbacks and inbound messages are checked against
 * {@code X-Twilio-Signature}.
 *
 * <p>Twilio callbacks carry no timestamp, so a replayed (correctly signed) callback cannot be told from a retry:
 * it yields the same facts with the same {@code MessageSid}, and deduplication happens downstream by provider id.
 * Thread-safe: one instance, with one {@link HttpClient}, serves every Twilio connection.
 */
public final class TwilioSmsClient implements SingleProviderClient {

  private static final Logger log = LoggerFactory.getLogger(TwilioSmsClient.class);
  public static final URI DEFAULT_BASE_URL = URI.create("https://api.twilio.com");

  /** Twilio's own rate-limit code (too many requests), retried like HTTP 429. */
  static final Set<Integer> RETRYABLE_CODES = Set.of(20429);

  private final ProviderSettings settings;
  private final InstantSource clock;
  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper();
  private final TwilioCallbacks callbacks;

  public TwilioSmsClient(ProviderSettings settings, InstantSource clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.http = HttpOutcomes.client(settings.connectTimeout());
    this.callbacks = new TwilioCallbacks(clock);
  }

  @Override
  public ProviderKind provider() {
    return ProviderKind.TWILIO;
  }

  /** Where Twilio is asked to post status callbacks for {@code connection}, when a public base URL is configured. */
  public Optional<String> statusCallbackUrl(ChannelConnection connection) {
    return settings.publicBaseUrl().map(base ->
        base.toString().replaceAll("/+$", "") + "/providers/" + ProviderKind.TWILIO.wireName() + "/" + connection.id());
  }

  @Override
  public SendOutcome send(ChannelConnection connection, Delivery delivery) {
    requireOwn(connection);
    List<Map.Entry<String, String>> form = new ArrayList<>();
    form.add(Map.entry("To", "+" + delivery.thread().identifier().value()));
    connection.setting(ConnectionSettings.MESSAGING_SERVICE_SID).ifPresentOrElse(
        service -> form.add(Map.entry("MessagingServiceSid", service)),
        () -> form.add(Map.entry("From", connection.requiredSetting(ConnectionSettings.FROM_NUMBER))));
    switch (delivery.message().payload()) {
      case TextPayload text -> form.add(Map.entry("Body", text.value()));
      case TemplatePayload template -> {
        if (delivery.template().isEmpty()) {
          return new SendOutcome.Rejected("twilio: template " + template.templateId() + " was not given to the sender");
        }
        form.add(Map.entry("Body", delivery.template().get().render(template::valuesFor)));
      }
      case MediaPayload media -> {
        media.caption().ifPresent(caption -> form.add(Map.entry("Body", caption)));
        form.add(Map.entry("MediaUrl", media.url().toString()));
      }
    }
    statusCallbackUrl(connection).ifPresent(url -> form.add(Map.entry("StatusCallback", url)));

    String accountSid = connection.requiredSetting(ConnectionSettings.ACCOUNT_SID);
    String credentials = accountSid + ":" + connection.requiredCredential(ConnectionSettings.AUTH_TOKEN);
    HttpRequest request = HttpRequest.newBuilder(messagesUri(connection, accountSid))
        .timeout(settings.requestTimeout())
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(TwilioForms.encode(form), StandardCharsets.UTF_8))
        .build();
    return switch (HttpOutcomes.exchange(http, request, "twilio")) {
      case HttpOutcomes.Exchange.Failed failed -> {
        log.warn("twilio send of message {} failed: {}", delivery.message().id(), failed.outcome().reason());
        yield failed.outcome();
      }
      case HttpOutcomes.Exchange.Answered answered -> outcome(answered.response());
    };
  }

  private SendOutcome outcome(HttpResponse<String> response) {
    Optional<JsonNode> answer = parse(response.body());
    if (response.statusCode() / 100 == 2) {
      String sid = answer.map(node -> node.path("sid").asText("")).orElse("");
      return sid.isBlank()
          ? new SendOutcome.Rejected("twilio: answer " + response.statusCode() + " without a sid: "
              + HttpOutcomes.snippet(response.body()))
          : new SendOutcome.Accepted(sid);
    }
    // Error body: {"code":21211,"message":"...","more_info":"https://www.twilio.com/docs/errors/21211","status":400}
    Optional<Integer> code = answer.filter(node -> node.path("code").isNumber()).map(node -> node.path("code").asInt());
    String reason = code.map(found -> "twilio " + found + ": " + answer.get().path("message").asText("(no message)"))
        .orElseGet(() -> "twilio http " + response.statusCode() + ": " + HttpOutcomes.snippet(response.body()));
    log.warn("twilio answered {}: {}", response.statusCode(), reason);
    if (HttpOutcomes.isRateLimited(response) || HttpOutcomes.isServerError(response)
        || code.filter(RETRYABLE_CODES::contains).isPresent()) {
      return new SendOutcome.RetryLater(HttpOutcomes.retryAfter(response, clock.instant()), reason);
    }
    return new SendOutcome.Rejected(reason);
  }

  private Optional<JsonNode> parse(String body) {
    try {
      JsonNode node = json.readTree(body);
      return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static URI messagesUri(ChannelConnection connection, String accountSid) {
    String base = connection.apiBaseUrl().orElse(DEFAULT_BASE_URL).toString().replaceAll("/+$", "");
    return URI.create(base + "/2010-04-01/Accounts/" + URLEncoder.encode(accountSid, StandardCharsets.UTF_8)
        + "/Messages.json");
  }

  @Override
  public CallbackOutcome interpret(ChannelConnection connection, ProviderCallback callback) {
    requireOwn(connection);
    return callbacks.interpret(connection, callback);
  }

  private static void requireOwn(ChannelConnection connection) {
    if (connection.provider() != ProviderKind.TWILIO) {
      throw new IllegalArgumentException("not a Twilio connection: " + connection.id());
    }
  }
}
