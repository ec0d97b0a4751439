package dev.switchboard.adapter.http.jsonapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/**
 * A resource as the API shows it: type, id, attributes, relationships and its self link. The web model of every
 * resource ({@code MessageView}, {@code ThreadView}, ...) produces one; domain objects are never serialised directly.
 */
public record ResourceObject(
    String type, String id, ObjectNode attributes, Optional<ObjectNode> relationships, String selfLink) {

  public ResourceObject {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(attributes, "attributes");
    Objects.requireNonNull(relationships, "relationships");
    Objects.requireNonNull(selfLink, "selfLink");
  }

  /** The resource identifier {@code {"type":..,"id":..}} that linkage uses. */
  public ObjectNode identifier() {
    ObjectNode node = JsonApi.object();
    node.put("type", type);
    node.put("id", id);
    return node;
  }

  public ObjectNode toJson() {
    ObjectNode node = identifier();
    node.set("attributes", attributes);
    relationships.ifPresent(rel -> node.set("relationships", rel));
    node.set("links", JsonApi.object().put("self", selfLink));
    return node;
  }
}
