package dev.switchboard.adapter.http.jsonapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds top-level JSON:API documents: a single resource, a collection, or a list of errors. */
public final class Documents {

  private Documents() {}

  /** {@code included} is present when the request asked for an {@code include}, even if nothing matched. */
  public static ObjectNode single(ResourceObject resource, Optional<? extends Collection<ResourceObject>> included) {
    ObjectNode document = JsonApi.object();
    document.set("data", resource.toJson());
    addIncluded(document, included);
    document.set("meta", JsonApi.object());
    return document;
  }

  public static ObjectNode single(ResourceObject resource) {
    return single(resource, Optional.empty());
  }

  public static ObjectNode collection(
      List<ResourceObject> resources,
      Optional<? extends Collection<ResourceObject>> included,
      ObjectNode meta,
      ObjectNode links) {
    ObjectNode document = JsonApi.object();
    ArrayNode data = document.putArray("data");
    resources.forEach(resource -> data.add(resource.toJson()));
    addIncluded(document, included);
    document.set("meta", meta);
    document.set("links", links);
    return document;
  }

  public static ObjectNode errors(List<ApiError> errors) {
    ObjectNode document = JsonApi.object();
    ArrayNode array = document.putArray("errors");
    for (ApiError error : errors) {
      ObjectNode node = array.addObject();
      node.put("status", String.valueOf(error.status()));
      node.put("code", error.code());
      node.put("title", error.title());
      node.put("detail", error.detail());
      if (error.pointer().isPresent() || error.parameter().isPresent()) {
        ObjectNode source = node.putObject("source");
        error.pointer().ifPresent(pointer -> source.put("pointer", pointer));
        error.parameter().ifPresent(parameter -> source.put("parameter", parameter));
      }
    }
    return document;
  }

  /** Included resources appear once each, in the order first met. */
  private static void addIncluded(ObjectNode document, Optional<? extends Collection<ResourceObject>> included) {
    if (included.isEmpty()) {
      return;
    }
    Map<String, ResourceObject> unique = new LinkedHashMap<>();
    included.get().forEach(resource -> unique.putIfAbsent(resource.type() + "/" + resource.id(), resource));
    ArrayNode array = document.putArray("included");
    unique.values().forEach(resource -> array.add(resource.toJson()));
  }
}
