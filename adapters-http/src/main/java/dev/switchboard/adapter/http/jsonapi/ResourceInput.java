package dev.switchboard.adapter.http.jsonapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The {@code data} of a POST or PATCH body, checked against what the resource accepts: its {@code type}, the id
 * (none on POST, the URL's on PATCH), and only known attributes and relationships. Typed accessors read single
 * attributes and answer 400 with a JSON pointer when a value has the wrong JSON type.
 *
 * <p>Status codes: malformed document or unknown member 400; wrong {@code type} or an id that differs from the URL
 * 409; an id on POST 403 (client-generated ids are not supported).
 */
public final class ResourceInput {

  /** What a resource accepts in a request body. */
  public record Shape(
      String type, Set<String> writableAttributes, Set<String> readOnlyAttributes, Map<String, String> relationships) {
    public Shape {
      Objects.requireNonNull(type, "type");
      writableAttributes = Set.copyOf(writableAttributes);
      readOnlyAttributes = Set.copyOf(readOnlyAttributes);
      relationships = Map.copyOf(relationships);
    }
  }

  private final ObjectNode attributes;
  private final ObjectNode relationships;

  private ResourceInput(ObjectNode attributes, ObjectNode relationships) {
    this.attributes = attributes;
    this.relationships = relationships;
  }

  /** A POST body: no id allowed. */
  public static ResourceInput forCreate(byte[] body, Shape shape) {
    return read(body, shape, Optional.empty(), true);
  }

  /** A PATCH body: the id may be left out; when present it must be the URL's. */
  public static ResourceInput forUpdate(byte[] body, Shape shape, String urlId) {
    return read(body, shape, Optional.of(urlId), false);
  }

  private static final Set<String> RESOURCE_MEMBERS =
      Set.of("type", "id", "lid", "attributes", "relationships", "meta", "links");

  private static ResourceInput read(byte[] body, Shape shape, Optional<String> urlId, boolean create) {
    JsonNode document = JsonApi.parse(body);
    if (!document.isObject()) {
      throw ApiException.badAttribute("invalid_document", "The body must be a JSON object with a 'data' member", "");
    }
    for (Iterator<String> names = document.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("data") && !name.equals("meta") && !name.equals("jsonapi")) {
        throw ApiException.badAttribute(
            "unknown_member", "The document has an unknown top-level member '" + name + "'", "/" + escape(name));
      }
    }
    JsonNode data = document.get("data");
    if (data == null || !data.isObject()) {
      throw ApiException.badAttribute(
          "invalid_document", "The document needs a 'data' object describing one resource", "/data");
    }
    for (Iterator<String> names = data.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!RESOURCE_MEMBERS.contains(name)) {
        throw ApiException.badAttribute(
            "unknown_member", "The resource has an unknown member '" + name + "'", "/data/" + escape(name));
      }
    }
    JsonNode type = data.get("type");
    if (type == null || type.isNull()) {
      throw ApiException.badAttribute("missing_type", "The resource needs a 'type'", "/data/type");
    }
    if (!type.isTextual()) {
      throw ApiException.badAttribute("invalid_type", "'type' must be a string", "/data/type");
    }
    if (!type.asText().equals(shape.type())) {
      throw ApiException.conflict(
          "type_mismatch",
          "This endpoint takes resources of type '" + shape.type() + "', not '" + type.asText() + "'",
          "/data/type");
    }
    JsonNode id = data.get("id");
    if (id != null && !id.isNull()) {
      if (!id.isTextual()) {
        throw ApiException.badAttribute("invalid_type", "'id' must be a string", "/data/id");
      }
      if (create) {
        throw new ApiException(
            ApiError.of(403, "client_generated_id", "Ids are assigned by the server; leave 'id' out when creating")
                .at("/data/id"));
      }
      if (!sameId(id.asText(), urlId.orElseThrow())) {
        throw ApiException.conflict(
            "id_mismatch", "The id in the body differs from the id in the URL", "/data/id");
      }
    }
    ObjectNode attributes = objectMember(data, "attributes");
    for (Iterator<String> names = attributes.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (shape.readOnlyAttributes().contains(name)) {
        throw ApiException.badAttribute(
            "read_only_attribute",
            "Attribute '" + name + "' of " + shape.type() + " cannot be " + (create ? "set" : "changed"),
            "/data/attributes/" + escape(name));
      }
      if (!shape.writableAttributes().contains(name)) {
        throw ApiException.badAttribute(
            "unknown_attribute",
            "Unknown attribute '" + name + "' for " + shape.type(),
            "/data/attributes/" + escape(name));
      }
    }
    ObjectNode relationships = objectMember(data, "relationships");
    for (Iterator<String> names = relationships.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!shape.relationships().containsKey(name)) {
        throw ApiException.badAttribute(
            "unknown_relationship",
            "Unknown relationship '" + name + "' for " + shape.type(),
            "/data/relationships/" + escape(name));
      }
    }
    return new ResourceInput(attributes, relationships).checkRelationships(shape);
  }

  private ResourceInput checkRelationships(Shape shape) {
    shape.relationships().forEach((name, type) -> {
      if (relationships.has(name)) {
        toOne(name, type);
      }
    });
    return this;
  }

  private static boolean sameId(String bodyId, String urlId) {
    if (bodyId.equals(urlId)) {
      return true;
    }
    try {
      return UUID.fromString(bodyId).equals(UUID.fromString(urlId));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static ObjectNode objectMember(JsonNode data, String name) {
    JsonNode member = data.get(name);
    if (member == null || member.isNull()) {
      return JsonApi.object();
    }
    if (!member.isObject()) {
      throw ApiException.badAttribute("invalid_type", "'" + name + "' must be an object", "/data/" + name);
    }
    return (ObjectNode) member;
  }

  /** Escapes a member name for use in a JSON pointer (RFC 6901). */
  public static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  public static String pointer(String attribute) {
    return "/data/attributes/" + escape(attribute);
  }

  public boolean has(String attribute) {
    return attributes.has(attribute);
  }

  /** Present and JSON {@code null}: on PATCH this clears a value. */
  public boolean isNull(String attribute) {
    return attributes.has(attribute) && attributes.get(attribute).isNull();
  }

  /** The raw value of an attribute, for nested structures the caller checks itself. */
  public Optional<JsonNode> raw(String attribute) {
    return Optional.ofNullable(attributes.get(attribute)).filter(node -> !node.isNull());
  }

  public Optional<String> string(String attribute) {
    JsonNode value = attributes.get(attribute);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw wrongType(attribute, "a string");
    }
    return Optional.of(value.asText());
  }

  public String requiredString(String attribute) {
    return string(attribute).orElseThrow(() -> missing(attribute));
  }

  public Optional<Boolean> bool(String attribute) {
    JsonNode value = attributes.get(attribute);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isBoolean()) {
      throw wrongType(attribute, "true or false");
    }
    return Optional.of(value.asBoolean());
  }

  public Optional<UUID> uuid(String attribute) {
    return string(attribute).map(text -> Uuids.parse(text).orElseThrow(() -> ApiException.unprocessable(
        "invalid_id", "'" + attribute + "' must be a UUID", pointer(attribute))));
  }

  /** An array of strings; {@code null} counts as absent. */
  public Optional<java.util.List<String>> strings(String attribute) {
    JsonNode value = attributes.get(attribute);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isArray()) {
      throw wrongType(attribute, "an array of strings");
    }
    java.util.List<String> result = new java.util.ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      JsonNode element = value.get(i);
      if (!element.isTextual()) {
        throw ApiException.badAttribute(
            "invalid_type", "'" + attribute + "' must be an array of strings", pointer(attribute) + "/" + i);
      }
      result.add(element.asText());
    }
    return Optional.of(java.util.List.copyOf(result));
  }

  /**
   * A to-one relationship: empty when the body does not mention it, {@code Optional.of(Optional.empty())} for
   * {@code "data": null}, else the related id. A wrong related type is 409, a malformed one 400.
   */
  public Optional<Optional<UUID>> toOne(String relationship, String expectedType) {
    JsonNode rel = relationships.get(relationship);
    if (rel == null) {
      return Optional.empty();
    }
    String base = "/data/relationships/" + escape(relationship);
    if (!rel.isObject() || !rel.has("data")) {
      throw ApiException.badAttribute(
          "invalid_relationship", "Relationship '" + relationship + "' needs a 'data' member", base);
    }
    JsonNode data = rel.get("data");
    if (data.isNull()) {
      return Optional.of(Optional.empty());
    }
    if (!data.isObject()) {
      throw ApiException.badAttribute(
          "invalid_relationship",
          "Relationship '" + relationship + "' takes one resource identifier {\"type\":..,\"id\":..}",
          base + "/data");
    }
    JsonNode type = data.get("type");
    JsonNode id = data.get("id");
    if (type == null || !type.isTextual()) {
      throw ApiException.badAttribute("missing_type", "The related resource needs a 'type'", base + "/data/type");
    }
    if (!type.asText().equals(expectedType)) {
      throw ApiException.conflict(
          "type_mismatch",
          "Relationship '" + relationship + "' points to '" + expectedType + "', not '" + type.asText() + "'",
          base + "/data/type");
    }
    if (id == null || !id.isTextual()) {
      throw ApiException.badAttribute("missing_id", "The related resource needs an 'id'", base + "/data/id");
    }
    UUID uuid = Uuids.parse(id.asText())
        .orElseThrow(() -> ApiException.unprocessable(
            "invalid_id", "The id of '" + relationship + "' must be a UUID", base + "/data/id"));
    return Optional.of(Optional.of(uuid));
  }

  public static ApiException wrongType(String attribute, String expected) {
    return ApiException.badAttribute(
        "invalid_type", "Attribute '" + attribute + "' must be " + expected, pointer(attribute));
  }

  public static ApiException missing(String attribute) {
    return ApiException.unprocessable(
        "missing_attribute", "Attribute '" + attribute + "' is required", pointer(attribute));
  }
}
