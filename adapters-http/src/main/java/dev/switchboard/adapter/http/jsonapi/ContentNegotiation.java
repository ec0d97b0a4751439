package dev.switchboard.adapter.http.jsonapi;

import java.util.Locale;
import java.util.Optional;

/**
 * JSON:API 1.1 content negotiation.
 *
 * <ul>
 *   <li>{@code Accept}: missing, {@code *}{@code /*}, {@code application/*} or {@code application/vnd.api+json}
 *       without parameters are fine; an Accept that excludes the JSON:API media type is 406.
 *   <li>{@code Content-Type} of a body: exactly {@code application/vnd.api+json}, no media type parameters;
 *       anything else (including {@code application/json}) is 415.
 * </ul>
 */
public final class ContentNegotiation {

  private ContentNegotiation() {}

  public static void checkAccept(Optional<String> accept) {
    if (accept.isEmpty() || accept.get().isBlank()) {
      return;
    }
    for (String range : accept.get().split(",")) {
      String[] parts = range.split(";");
      String type = parts[0].strip().toLowerCase(Locale.ROOT);
      boolean zeroQuality = false;
      boolean otherParams = false;
      for (int i = 1; i < parts.length; i++) {
        String param = parts[i].strip().toLowerCase(Locale.ROOT);
        if (param.startsWith("q=")) {
          zeroQuality = param.substring(2).strip().matches("0(\\.0{0,3})?");
        } else if (!param.isEmpty()) {
          otherParams = true;
        }
      }
      if (zeroQuality) {
        continue;
      }
      if (type.equals("*/*") || type.equals("application/*")) {
        return;
      }
      if (type.equals(JsonApi.MEDIA_TYPE) && !otherParams) {
        return;
      }
    }
    throw new ApiException(ApiError.of(
        406, "not_acceptable", "This API answers with " + JsonApi.MEDIA_TYPE + "; set Accept to that media type"));
  }

  public static void checkContentType(Optional<String> contentType) {
    String value = contentType.map(String::strip).orElse("");
    if (!value.equalsIgnoreCase(JsonApi.MEDIA_TYPE)) {
      throw new ApiException(ApiError.of(
          415,
          "unsupported_media_type",
          "Send the body as Content-Type: " + JsonApi.MEDIA_TYPE + " (without media type parameters)"));
    }
  }
}
