package dev.switchboard.adapter.channel.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.adapter.channel.internal.Signatures;
import dev.switchboard.application.port.out.CallbackOutcome;
import dev.switchboard.application.provider.ProviderCallback;
import dev.switchboard.application.port.out.ProviderFact;
import dev.switchboard.domain.connection.ChannelConnection;
import dev.switchboard.domain.connection.ConnectionSettings;
import dev.switchboard.domain.message.EmailHeaders;
import dev.switchboard.domain.message.MessagePayload;
import dev.switchboard.domain.message.StatusUpdate;
import dev.switchboard.domain.message.TextPayload;
import java.io.IOException;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook side of the Cloud API: the subscription check (GET with {@code hub.*}) and signed event posts.
 *
 * <p>Inbound media carry a Graph media id, not a public URL, so they arrive as text placeholders such as
 * {@code [image] caption} or {@code [document contract.pdf]}; fetching the media is left for later. Changes for
 * another phone number id than the connection's are skipped: one Meta app posts every number's events to the same
 * callback URL.
 */
final class WhatsAppWebhook {

  private static final Logger log = LoggerFactory.getLogger(WhatsAppWebhook.class);
  static final String SIGNATURE_HEADER = "X-Hub-Signature-256";
  private static final String SIGNATURE_PREFIX = "sha256=";

  private final ObjectMapper json;
  private final InstantSource clock;

  WhatsAppWebhook(ObjectMapper json, InstantSource clock) {
    this.json = json;
    this.clock = clock;
  }

  CallbackOutcome interpret(ChannelConnection connection, ProviderCallback callback) {
    return switch (callback.method()) {
      case "GET" -> verify(connection, callback);
      case "POST" -> events(connection, callback);
      default -> new CallbackOutcome.Rejected(405, "whatsapp calls back with GET or POST, not " + callback.method());
    };
  }

  private CallbackOutcome verify(ChannelConnection connection, ProviderCallback callback) {
    Optional<String> mode = callback.queryParameter("hub.mode");
    Optional<String> token = callback.queryParameter("hub.verify_token");
    Optional<String> challenge = callback.queryParameter("hub.challenge");
    if (mode.isEmpty() || token.isEmpty() || challenge.isEmpty()) {
      return new CallbackOutcome.Rejected(400, "whatsapp verification lacks hub.mode, hub.verify_token or hub.challenge");
    }
    String expected = connection.requiredCredential(ConnectionSettings.VERIFY_TOKEN);
    if (!"subscribe".equals(mode.get()) || !Signatures.constantTimeEquals(expected, token.get())) {
      log.warn("whatsapp verification for connection {} refused: mode {}, token {}",
          connection.id(), mode.get(), Signatures.mask(token.get()));
      return new CallbackOutcome.Rejected(403, "whatsapp verification with a wrong mode or verify token");
    }
    return new CallbackOutcome.Challenge(challenge.get());
  }

  private CallbackOutcome events(ChannelConnection connection, ProviderCallback callback) {
    Optional<String> header = callback.header(SIGNATURE_HEADER);
    if (header.isEmpty()) {
      return new CallbackOutcome.Rejected(401, "whatsapp event without " + SIGNATURE_HEADER);
    }
    byte[] body = callback.body();
    byte[] expected = Signatures.hmac("HmacSHA256", connection.requiredCredential(ConnectionSettings.APP_SECRET), body);
    Optional<byte[]> given = header.get().startsWith(SIGNATURE_PREFIX)
        ? Signatures.fromHex(header.get().substring(SIGNATURE_PREFIX.length()))
        : Optional.empty();
    if (given.isEmpty() || !Signatures.constantTimeEquals(expected, given.get())) {
      return new CallbackOutcome.Rejected(401, "whatsapp event with a wrong " + SIGNATURE_HEADER);
    }
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (IOException e) {
      return new CallbackOutcome.Rejected(400, "whatsapp event body is not JSON");
    }
    if (root == null || !root.isObject()) {
      return new CallbackOutcome.Rejected(400, "whatsapp event body is not a JSON object");
    }
    if (!"whatsapp_business_account".equals(root.path("object").asText())) {
      log.info("whatsapp event for object '{}' ignored", root.path("object").asText());
      return new CallbackOutcome.Facts(List.of());
    }
    String phoneNumberId = connection.requiredSetting(ConnectionSettings.PHONE_NUMBER_ID);
    List<ProviderFact> facts = new ArrayList<>();
    for (JsonNode entry : root.path("entry")) {
      for (JsonNode change : entry.path("changes")) {
        JsonNode value = change.path("value");
        if (!"messages".equals(change.path("field").asText())) {
          continue;
        }
        String forNumber = value.path("metadata").path("phone_number_id").asText("");
        if (!forNumber.isEmpty() && !forNumber.equals(phoneNumberId)) {
          log.info("whatsapp change for phone number id {} skipped on connection {}", forNumber, connection.id());
          continue;
        }
        for (JsonNode message : value.path("messages")) {
          inbound(message, value.path("contacts")).ifPresent(facts::add);
        }
        for (JsonNode status : value.path("statuses")) {
          status(status).ifPresent(facts::add);
        }
      }
    }
    return new CallbackOutcome.Facts(facts);
  }

  private Optional<ProviderFact> inbound(JsonNode message, JsonNode contacts) {
    String from = message.path("from").asText("");
    String id = message.path("id").asText("");
    if (from.isBlank() || id.isBlank()) {
      log.warn("whatsapp inbound message without from or id skipped");
      return Optional.empty();
    }
    Optional<String> name = Optional.empty();
    for (JsonNode contact : contacts) {
      String contactName = contact.path("profile").path("name").asText("");
      if (!contactName.isBlank() && (contact.path("wa_id").asText("").equals(from) || name.isEmpty())) {
        name = Optional.of(contactName);
      }
    }
    return Optional.of(new ProviderFact.Inbound(
        from, name, payload(message), EmailHeaders.NONE, id, timestamp(message.path("timestamp"))));
  }

  /** Text as is; everything else as a readable placeholder (see the class comment). */
  static MessagePayload payload(JsonNode message) {
    String type = message.path("type").asText("unknown");
    String text = switch (type) {
      case "text" -> message.path("text").path("body").asText("");
      case "button" -> message.path("button").path("text").asText("");
      case "interactive" -> {
        JsonNode interactive = message.path("interactive");
        JsonNode reply = interactive.has("button_reply") ? interactive.path("button_reply") : interactive.path("list_reply");
        yield reply.path("title").asText("");
      }
      case "image", "video", "audio", "sticker" -> placeholder(type, message.path(type).path("caption").asText(""));
      case "document" -> {
        JsonNode document = message.path("document");
        String fileName = document.path("filename").asText("");
        yield placeholder(fileName.isBlank() ? "document" : "document " + fileName, document.path("caption").asText(""));
      }
      case "location" -> {
        JsonNode location = message.path("location");
        yield placeholder("location " + location.path("latitude").asText() + "," + location.path("longitude").asText(),
            location.path("name").asText(""));
      }
      case "reaction" -> placeholder("reaction", message.path("reaction").path("emoji").asText(""));
      default -> "";
    };
    return new TextPayload(text.isBlank() ? "[" + type + "]" : text);
  }

  private static String placeholder(String what, String caption) {
    return caption.isBlank() ? "[" + what + "]" : "[" + what + "] " + caption;
  }

  private Optional<ProviderFact> status(JsonNode status) {
    String id = status.path("id").asText("");
    String value = status.path("status").asText("");
    Optional<StatusUpdate> update = switch (value) {
      case "sent" -> Optional.of(StatusUpdate.SENT);
      case "delivered" -> Optional.of(StatusUpdate.DELIVERED);
      case "read" -> Optional.of(StatusUpdate.READ);
      case "failed" -> Optional.of(StatusUpdate.failed(failure(status.path("errors"))));
      default -> Optional.empty();
    };
    if (id.isBlank() || update.isEmpty()) {
      log.info("whatsapp status '{}' for '{}' ignored", value, id);
      return Optional.empty();
    }
    return Optional.of(new ProviderFact.Status(id, update.get(), timestamp(status.path("timestamp"))));
  }

  private static String failure(JsonNode errors) {
    JsonNode error = errors.path(0);
    if (error.isMissingNode()) {
      return "whatsapp: failed without an error code";
    }
    String title = error.path("title").asText(error.path("message").asText("failed"));
    String details = error.path("error_data").path("details").asText("");
    return "whatsapp " + error.path("code").asText("?") + ": " + title
        + (details.isBlank() || details.equals(title) ? "" : " (" + details + ")");
  }

  /** Unix seconds as a string, as Meta sends them; the time of arrival when missing or unreadable. */
  private Instant timestamp(JsonNode node) {
    try {
      return Instant.ofEpochSecond(Long.parseLong(node.asText()));
    } catch (NumberFormatException e) {
      return clock.instant();
    }
  }
}
