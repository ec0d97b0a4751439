package dev.switchboard.adapter.channel.whatsapp;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Meta's WhatsApp Cloud API: sends text, template and media messages to
 * {@code POST {base}/{version}/{phone-number-id}/messages} with the connection's bearer token, and reads the
 * webhook (subscription check and {@code X-Hub-Signature-256}-signed events). Thread-safe: one instance, with one
 * {@link HttpClient}, serves every WhatsApp connection.
 */
public final class WhatsAppCloudClient implements SingleProviderClient {

  private static final Logger log = LoggerFactory.getLogger(WhatsAppCloudClient.class);
  public static final URI DEFAULT_BASE_URL = URI.create("https://graph.facebook.com");

  private final ProviderSettings settings;
  private final InstantSource clock;
  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper();
  private final WhatsAppMessages messages = new WhatsAppMessages(json);
  private final WhatsAppErrors errors = new WhatsAppErrors(json);
  private final WhatsAppWebhook webhook;

  public WhatsAppCloudClient(ProviderSettings settings, InstantSource clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.http = HttpOutcomes.client(settings.connectTimeout());
    this.webhook = new WhatsAppWebhook(json, clock);
  }

  @Override
  public ProviderKind provider() {
    return ProviderKind.WHATSAPP_CLOUD;
  }

  @Override
  public SendOutcome send(ChannelConnection connection, Delivery delivery) {
    requireOwn(connection);
    WhatsAppMessages.Built built = messages.build(delivery);
    if (built instanceof WhatsAppMessages.Built.Impossible impossible) {
      return new SendOutcome.Rejected(impossible.reason());
    }
    String body;
    try {
      body = json.writeValueAsString(((WhatsAppMessages.Built.Body) built).json());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a WhatsApp request", e);
    }
    HttpRequest request = HttpRequest.newBuilder(messagesUri(connection))
        .timeout(settings.requestTimeout())
        .header("Authorization", "Bearer " + connection.requiredCredential(ConnectionSettings.ACCESS_TOKEN))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    return switch (HttpOutcomes.exchange(http, request, "whatsapp")) {
      case HttpOutcomes.Exchange.Failed failed -> {
        log.warn("whatsapp send of message {} failed: {}", delivery.message().id(), failed.outcome().reason());
        yield failed.outcome();
      }
      case HttpOutcomes.Exchange.Answered answered -> outcome(answered.response());
    };
  }

  private SendOutcome outcome(HttpResponse<String> response) {
    if (response.statusCode() / 100 != 2) {
      return errors.classify(response, clock.instant());
    }
    try {
      JsonNode answer = json.readTree(response.body());
      return WhatsAppMessages.providerMessageId(answer)
          .<SendOutcome>map(SendOutcome.Accepted::new)
          .orElseGet(() -> new SendOutcome.Rejected(
              "whatsapp: answer " + response.statusCode() + " without messages[0].id: "
                  + HttpOutcomes.snippet(response.body())));
    } catch (JsonProcessingException e) {
      return new SendOutcome.Rejected("whatsapp: answer " + response.statusCode() + " is not JSON: "
          + HttpOutcomes.snippet(response.body()));
    }
  }

  private URI messagesUri(ChannelConnection connection) {
    String base = connection.apiBaseUrl().orElse(DEFAULT_BASE_URL).toString().replaceAll("/+$", "");
    String phoneNumberId = URLEncoder.encode(
        connection.requiredSetting(ConnectionSettings.PHONE_NUMBER_ID), StandardCharsets.UTF_8);
    return URI.create(base + "/" + settings.whatsappApiVersion() + "/" + phoneNumberId + "/messages");
  }

  @Override
  public CallbackOutcome interpret(ChannelConnection connection, ProviderCallback callback) {
    requireOwn(connection);
    return webhook.interpret(connection, callback);
  }

  private static void requireOwn(ChannelConnection connection) {
    if (connection.provider() != ProviderKind.WHATSAPP_CLOUD) {
      throw new IllegalArgumentException("not a WhatsApp Cloud connection: " + connection.id());
    }
  }
}
