package dev.switchboard.adapter.http.jsonapi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The JSON side of the API: the base path every resource lives under, the media type, one shared Jackson mapper
 * (thread-safe once configured) and the timestamp format. Bodies are read into trees and checked by hand, so a wrong type becomes a 400 with a pointer.
 */
public final class JsonApi {

  /** Every resource and link of the API is under this path, as in the Recrubo API. */
  public static final String BASE_PATH = "/public/v2";
  public static final String MEDIA_TYPE = "application/vnd.api+json";

  /** Recrubo writes {@code 2024-05-07T14:20:46+00:00}: UTC, whole seconds, offset spelled out. */
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.UTC);

  /**
   * Jackson's default buffer pool keeps buffers per thread, and every request runs on a virtual thread of its own, so
   * each parser and generator allocated fresh buffers (the largest share of the API's allocations); a shared pool
   * hands them from request to request.
   */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder(JsonFactory.builder()
              .recyclerPool(JsonRecyclerPools.newConcurrentDequePool())
              .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxNumberLength(100).build())
              .build())
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private JsonApi() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  public static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  public static String timestamp(Instant instant) {
    return TIMESTAMP.format(instant);
  }

  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses a request body; anything that is not one well-formed JSON value is a 400. */
  public static JsonNode parse(byte[] body) {
    if (body.length == 0) {
      throw ApiException.badRequest("missing_body", "The request needs a JSON:API document as its body");
    }
    try {
      JsonNode node = MAPPER.readTree(body);
      if (node == null || node.isMissingNode()) {
        throw ApiException.badRequest("missing_body", "The request needs a JSON:API document as its body");
      }
      return node;
    } catch (IOException e) {
      throw ApiException.badRequest("malformed_json", "The body is not valid JSON: " + firstLine(e.getMessage()));
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    String line = message.lines().findFirst().orElse(message);
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }
}
