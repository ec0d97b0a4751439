package dev.switchboard.adapter.http.template;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapter.http.jsonapi.JsonApi;
import dev.switchboard.adapter.http.jsonapi.ResourceObject;
import dev.switchboard.domain.template.ComponentType;
import dev.switchboard.domain.template.MessageTemplate;
import dev.switchboard.domain.template.TemplateComponent;
import java.util.Optional;

/** The web model of a message template: {@code type: messageTemplates}. */
public final class TemplateView {

  public static final String TYPE = "messageTemplates";
  public static final String PATH = JsonApi.BASE_PATH + "/message-templates";

  private TemplateView() {}

  public static String location(MessageTemplate template) {
    return PATH + "/" + template.id();
  }

  public static ResourceObject from(MessageTemplate template) {
    ObjectNode attributes = JsonApi.object();
    attributes.put("createdAt", JsonApi.timestamp(template.createdAt()));
    attributes.put("updatedAt", JsonApi.timestamp(template.updatedAt()));
    attributes.put("name", template.name());
    attributes.put("language", template.language());
    attributes.put("category", template.category().name());
    ArrayNode components = attributes.putArray("components");
    for (TemplateComponent component : template.components()) {
      ObjectNode node = components.addObject();
      node.put("type", component.type().name());
      node.put("text", component.text());
      if (component.type() == ComponentType.HEADER) {
        node.put("format", "TEXT");
      }
    }
    attributes.put("status", template.status().wireName());
    attributes.put("preview", template.preview());
    return new ResourceObject(TYPE, template.id().toString(), attributes, Optional.empty(), location(template));
  }
}
