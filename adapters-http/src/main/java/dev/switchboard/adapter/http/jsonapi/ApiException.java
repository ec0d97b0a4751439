package dev.switchboard.adapter.http.jsonapi;

import java.util.List;

/**
 * Ends a request with one or more JSON:API errors. Thrown by parsing and validation code anywhere below a handler and
 * turned into a response by the single exception mapper of {@code HttpApi}. It is an expected outcome, so it carries
 * no stack trace.
 */
public final class ApiException extends RuntimeException {

  private final transient List<ApiError> errors;

  public ApiException(ApiError error) {
    this(List.of(error));
  }

  public ApiException(List<ApiError> errors) {
    super(errors.isEmpty() ? "no errors" : errors.getFirst().code() + ": " + errors.getFirst().detail(), null, false, false);
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("an ApiException needs an error");
    }
    this.errors = List.copyOf(errors);
  }

  public List<ApiError> errors() {
    return errors;
  }

  /** The status of the response: the first error's. */
  public int status() {
    return errors.getFirst().status();
  }

  public static ApiException badRequest(String code, String detail) {
    return new ApiException(ApiError.of(400, code, detail));
  }

  public static ApiException badAttribute(String code, String detail, String pointer) {
    return new ApiException(ApiError.of(400, code, detail).at(pointer));
  }

  public static ApiException badParameter(String parameter, String detail) {
    return new ApiException(ApiError.of(400, "invalid_query_parameter", detail).atParameter(parameter));
  }

  public static ApiException notFound(String detail) {
    return new ApiException(ApiError.of(404, "not_found", detail));
  }

  public static ApiException conflict(String code, String detail, String pointer) {
    return new ApiException(ApiError.of(409, code, detail).at(pointer));
  }

  public static ApiException unprocessable(String code, String detail, String pointer) {
    return new ApiException(ApiError.of(422, code, detail).at(pointer));
  }

  public static ApiException unprocessable(String code, String detail) {
    return new ApiException(ApiError.of(422, code, detail));
  }
}
