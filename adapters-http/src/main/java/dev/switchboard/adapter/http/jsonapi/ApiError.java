package dev.switchboard.adapter.http.jsonapi;

import java.util.Objects;
import java.util.Optional;

/**
 * One JSON:API error object: {@code {"status":"422","code":"...","title":"...","detail":"...","source":{...}}}.
 * {@code pointer} is a JSON pointer into the request document, {@code parameter} names the query parameter at fault.
 */
public record ApiError(
    int status, String code, String title, String detail, Optional<String> pointer, Optional<String> parameter) {

  public ApiError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(parameter, "parameter");
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("not an error status: " + status);
    }
  }

  public static ApiError of(int status, String code, String detail) {
    return new ApiError(status, code, titleFor(status), detail, Optional.empty(), Optional.empty());
  }

  public ApiError at(String jsonPointer) {
    return new ApiError(status, code, title, detail, Optional.of(jsonPointer), parameter);
  }

  public ApiError atParameter(String queryParameter) {
    return new ApiError(status, code, title, detail, pointer, Optional.of(queryParameter));
  }

  /** The standard reason phrase of a status, used as the error's title. */
  public static String titleFor(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 406 -> "Not Acceptable";
      case 409 -> "Conflict";
      case 413 -> "Content Too Large";
      case 415 -> "Unsupported Media Type";
      case 422 -> "Unprocessable Content";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 503 -> "Service Unavailable";
      default -> status < 500 ? "Client Error" : "Server Error";
    };
  }
}
