package dev.switchboard.adapter.channel.whatsapp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.application.port.out.ChannelGateway;
import dev.switchboard.domain.message.MediaPayload;
import dev.switchboard.domain.message.TemplatePayload;
import dev.switchboard.domain.message.TextPayload;
import dev.switchboard.domain.template.ComponentType;
import dev.switchboard.domain.template.MessageTemplate;
import dev.switchboard.domain.template.TemplateComponent;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Builds the JSON of {@code POST /{phone-number-id}/messages} for each payload shape. */
final class WhatsAppMessages {

  private static final Pattern LINK = Pattern.compile("https?://", Pattern.CASE_INSENSITIVE);

  private final ObjectMapper json;

  WhatsAppMessages(ObjectMapper json) {
    this.json = json;
  }

  /** The request body, or empty with the reason when the delivery cannot be expressed (no template given). */
  sealed interface Built {
    record Body(ObjectNode json) implements Built {}

    record Impossible(String reason) implements Built {}
  }

  Built build(ChannelGateway.Delivery delivery) {
    ObjectNode root = json.createObjectNode();
    root.put("messaging_product", "whatsapp");
    root.put("recipient_type", "individual");
    // Meta accepts E.164 with the plus; the ids it sends back (wa_id) are digits only.
    root.put("to", "+" + delivery.thread().identifier().value());
    switch (delivery.message().payload()) {
      case TextPayload text -> {
        root.put("type", "text");
        ObjectNode body = root.putObject("text");
        body.put("preview_url", LINK.matcher(text.value()).find());
        body.put("body", text.value());
      }
      case TemplatePayload template -> {
        if (delivery.template().isEmpty()) {
          return new Built.Impossible("whatsapp: template " + template.templateId() + " was not given to the sender");
        }
        root.put("type", "template");
        root.set("template", template(delivery.template().get(), template));
      }
      case MediaPayload media -> {
        String type = media.kind().wireName();
        root.put("type", type);
        ObjectNode object = root.putObject(type);
        object.put("link", media.url().toString());
        // WhatsApp takes no caption on audio and a file name on documents only.
        if (media.kind() != MediaPayload.Kind.AUDIO) {
          media.caption().ifPresent(caption -> object.put("caption", caption));
        }
        if (media.kind() == MediaPayload.Kind.DOCUMENT) {
          media.fileName().ifPresent(name -> object.put("filename", name));
        }
      }
    }
    return new Built.Body(root);
  }

  private ObjectNode template(MessageTemplate template, TemplatePayload payload) {
    ObjectNode node = json.createObjectNode();
    node.put("name", template.name());
    ObjectNode language = node.putObject("language");
    language.put("policy", "deterministic");
    language.put("code", template.language());
    ArrayNode components = json.createArrayNode();
    for (TemplateComponent component : template.components()) {
      List<String> values = payload.valuesFor(component.type());
      if (component.type() == ComponentType.FOOTER || values.isEmpty()) {
        continue;
      }
      ObjectNode entry = components.addObject();
      entry.put("type", component.type().name().toLowerCase(Locale.ROOT));
      ArrayNode parameters = entry.putArray("parameters");
      for (String value : values) {
        ObjectNode parameter = parameters.addObject();
        parameter.put("type", "text");
        parameter.put("text", value);
      }
    }
    if (!components.isEmpty()) {
      node.set("components", components);
    }
    return node;
  }

  static Optional<String> providerMessageId(com.fasterxml.jackson.databind.JsonNode response) {
    String id = response.path("messages").path(0).path("id").asText("");
    return id.isBlank() ? Optional.empty() : Optional.of(id);
  }
}
