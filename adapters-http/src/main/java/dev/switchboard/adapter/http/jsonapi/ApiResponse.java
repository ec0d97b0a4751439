package dev.switchboard.adapter.http.jsonapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * What a handler answers: a status, an optional JSON:API document and, for 201, the new resource's location. The
 * pipeline writes it; the idempotency layer stores it so that a repeated request gets the same answer.
 */
public record ApiResponse(int status, Optional<JsonNode> body, Optional<String> location) {

  public ApiResponse {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(location, "location");
  }

  public static ApiResponse ok(JsonNode document) {
    return new ApiResponse(200, Optional.of(document), Optional.empty());
  }

  public static ApiResponse created(JsonNode document, String location) {
    return new ApiResponse(201, Optional.of(document), Optional.of(location));
  }

  public static ApiResponse noContent() {
    return new ApiResponse(204, Optional.empty(), Optional.empty());
  }
}
