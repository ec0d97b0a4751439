package dev.switchboard.adapter.http.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapter.http.jsonapi.ApiException;
import dev.switchboard.adapter.http.jsonapi.JsonApi;
import dev.switchboard.adapter.http.jsonapi.Uuids;
import dev.switchboard.domain.message.MediaPayload;
import dev.switchboard.domain.message.MessagePayload;
import dev.switchboard.domain.message.TemplatePayload;
import dev.switchboard.domain.message.TextPayload;
import dev.switchboard.domain.template.ComponentType;
import dev.switchboard.domain.template.TemplateId;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes {@code payload}, the Recrubo shapes:
 *
 * <pre>
 * {"type":"text","text":{"value":"Hi"}}          ({"type":"text","attributes":{"value":..}} is read too)
 * {"type":"template","template":{"id":"uuid","components":[{"type":"body","parameters":[{"type":"text","text":"x"}]}]}}
 * {"type":"image","image":{"url":"https://..","caption":"..","fileName":".."}}   (also video, audio, document)
 * </pre>
 *
 * A JSON type error is 400, a well-typed but unusable value 422; both point at the offending member.
 */
public final class PayloadJson {

  private PayloadJson() {}

  public static MessagePayload read(JsonNode payload, String pointer) {
    if (!payload.isObject()) {
      throw ApiException.badAttribute("invalid_type", "'payload' must be an object", pointer);
    }
    JsonNode type = payload.get("type");
    if (type == null || type.isNull()) {
      throw ApiException.unprocessable("missing_payload_type", "The payload needs a 'type'", pointer + "/type");
    }
    if (!type.isTextual()) {
      throw ApiException.badAttribute("invalid_type", "'payload.type' must be a string", pointer + "/type");
    }
    String kind = type.asText();
    return switch (kind) {
      case "text" -> text(payload, pointer);
      case "template" -> template(payload, pointer);
      case "image", "video", "audio", "document" -> media(payload, pointer, kind);
      default ->
          throw ApiException.unprocessable(
              "unsupported_payload_type",
              "Payload type '" + kind + "' is not supported; use text, template, image, video, audio or document",
              pointer + "/type");
    };
  }

  private static MessagePayload text(JsonNode payload, String pointer) {
    String member = payload.has("text") ? "text" : "attributes";
    onlyMembers(payload, pointer, Set.of("type", member));
    JsonNode text = payload.get(member);
    String base = pointer + "/" + member;
    if (text == null || !text.isObject()) {
      throw ApiException.badAttribute("invalid_type", "A text payload needs 'text': {\"value\": \"...\"}", base);
    }
    onlyMembers(text, base, Set.of("value"));
    String value = string(text, "value", base).orElseThrow(() -> ApiException.unprocessable(
        "missing_text", "A text payload needs 'text.value'", base + "/value"));
    if (value.isBlank()) {
      throw ApiException.unprocessable("empty_text", "The text of a message must not be blank", base + "/value");
    }
    return new TextPayload(value);
  }

  private static MessagePayload template(JsonNode payload, String pointer) {
    onlyMembers(payload, pointer, Set.of("type", "template"));
    String base = pointer + "/template";
    JsonNode template = payload.get("template");
    if (template == null || !template.isObject()) {
      throw ApiException.badAttribute(
          "invalid_type", "A template payload needs 'template': {\"id\": \"...\", \"components\": [...]}", base);
    }
    onlyMembers(template, base, Set.of("id", "components", "name", "language"));
    String rawId = string(template, "id", base).orElseThrow(() -> ApiException.unprocessable(
        "missing_template_id", "A template payload needs 'template.id'", base + "/id"));
    TemplateId id = new TemplateId(Uuids.parse(rawId).orElseThrow(() -> ApiException.unprocessable(
        "invalid_id", "'template.id' must be a UUID", base + "/id")));
    List<TemplatePayload.Parameters> components = new ArrayList<>();
    JsonNode list = template.get("components");
    if (list != null && !list.isNull()) {
      if (!list.isArray()) {
        throw ApiException.badAttribute("invalid_type", "'components' must be an array", base + "/components");
      }
      Set<ComponentType> seen = EnumSet.noneOf(ComponentType.class);
      for (int i = 0; i < list.size(); i++) {
        TemplatePayload.Parameters parameters = component(list.get(i), base + "/components/" + i);
        if (!seen.add(parameters.component())) {
          throw ApiException.unprocessable(
              "duplicate_component",
              "Component '" + parameters.component().name().toLowerCase(Locale.ROOT) + "' appears twice",
              base + "/components/" + i);
        }
        components.add(parameters);
      }
    }
    return new TemplatePayload(id, components);
  }

  private static TemplatePayload.Parameters component(JsonNode component, String base) {
    if (!component.isObject()) {
      throw ApiException.badAttribute("invalid_type", "A component must be an object", base);
    }
    onlyMembers(component, base, Set.of("type", "parameters"));
    String typeName = string(component, "type", base).orElseThrow(() -> ApiException.unprocessable(
        "missing_component_type", "A component needs a 'type' (header, body or footer)", base + "/type"));
    ComponentType type = ComponentType.parse(typeName).orElseThrow(() -> ApiException.unprocessable(
        "invalid_component_type", "Component type must be header, body or footer", base + "/type"));
    List<String> values = new ArrayList<>();
    JsonNode parameters = component.get("parameters");
    if (parameters != null && !parameters.isNull()) {
      if (!parameters.isArray()) {
        throw ApiException.badAttribute("invalid_type", "'parameters' must be an array", base + "/parameters");
      }
      for (int i = 0; i < parameters.size(); i++) {
        JsonNode parameter = parameters.get(i);
        String at = base + "/parameters/" + i;
        if (!parameter.isObject()) {
          throw ApiException.badAttribute("invalid_type", "A parameter must be an object", at);
        }
        onlyMembers(parameter, at, Set.of("type", "text"));
        Optional<String> parameterType = string(parameter, "type", at);
        if (parameterType.isPresent() && !parameterType.get().equals("text")) {
          throw ApiException.unprocessable(
              "unsupported_parameter_type", "Only parameters of type 'text' are supported", at + "/type");
        }
        values.add(string(parameter, "text", at).orElseThrow(() -> ApiException.unprocessable(
            "missing_parameter_text", "A parameter needs 'text'", at + "/text")));
      }
    }
    return new TemplatePayload.Parameters(type, values);
  }

  private static MessagePayload media(JsonNode payload, String pointer, String kind) {
    onlyMembers(payload, pointer, Set.of("type", kind));
    String base = pointer + "/" + kind;
    JsonNode media = payload.get(kind);
    if (media == null || !media.isObject()) {
      throw ApiException.badAttribute(
          "invalid_type", "A " + kind + " payload needs '" + kind + "': {\"url\": \"https://...\"}", base);
    }
    onlyMembers(media, base, Set.of("url", "caption", "fileName"));
    String url = string(media, "url", base).orElseThrow(() -> ApiException.unprocessable(
        "missing_media_url", "A " + kind + " payload needs a 'url'", base + "/url"));
    Optional<String> caption = string(media, "caption", base);
    Optional<String> fileName = string(media, "fileName", base);
    try {
      return new MediaPayload(
          MediaPayload.Kind.valueOf(kind.toUpperCase(Locale.ROOT)), new URI(url), caption, fileName);
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw ApiException.unprocessable(
          "invalid_media_url", "Media must be at a public absolute http(s) URL", base + "/url");
    }
  }

  private static Optional<String> string(JsonNode node, String member, String base) {
    JsonNode value = node.get(member);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw ApiException.badAttribute("invalid_type", "'" + member + "' must be a string", base + "/" + member);
    }
    return Optional.of(value.asText());
  }

  private static void onlyMembers(JsonNode node, String base, Set<String> allowed) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw ApiException.badAttribute(
            "unknown_attribute", "Unknown member '" + name + "' in the payload", base + "/" + name);
      }
    }
  }

  public static ObjectNode write(MessagePayload payload) {
    ObjectNode node = JsonApi.object();
    switch (payload) {
      case TextPayload text -> node.putObject("text").put("value", text.value());
      case TemplatePayload template -> {
        ObjectNode body = node.putObject("template");
        body.put("id", template.templateId().toString());
        ArrayNode components = body.putArray("components");
        for (TemplatePayload.Parameters parameters : template.components()) {
          ObjectNode component = components.addObject();
          component.put("type", parameters.component().name().toLowerCase(Locale.ROOT));
          ArrayNode values = component.putArray("parameters");
          parameters.values().forEach(value -> values.addObject().put("type", "text").put("text", value));
        }
      }
      case MediaPayload media -> {
        ObjectNode body = node.putObject(media.type());
        body.put("url", media.url().toString());
        media.caption().ifPresent(caption -> body.put("caption", caption));
        media.fileName().ifPresent(fileName -> body.put("fileName", fileName));
      }
    }
    node.put("type", payload.type());
    return node;
  }
}
