package dev.switchboard.adapter.http.auth;

import dev.switchboard.adapter.http.jsonapi.ApiError;
import dev.switchboard.adapter.http.jsonapi.ApiException;
import dev.switchboard.application.port.in.AuthenticateUseCase;
import dev.switchboard.application.port.in.AuthenticateUseCase.Principal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the API key from {@code Authorization: Bearer <key>} (a bare {@code Authorization: <key>} works too, as in
 * Recrubo's samples) and checks it against the route's {@link Access}.
 *
 * <ul>
 *   <li>no key, or a key nobody has: 401 "access denied";
 *   <li>a management key on an organization resource, or an organization key on a management route: 403. The key
 *       is valid, it just does not reach this resource, so 403 rather than 401 tells the client not to retry with
 *       fresh credentials of the same kind.
 * </ul>
 *
 * Thread-safe: it holds only the use case.
 */
public final class Authenticator {

  private static final int MAX_KEY_LENGTH = 512;

  private final AuthenticateUseCase authenticate;

  public Authenticator(AuthenticateUseCase authenticate) {
    this.authenticate = Objects.requireNonNull(authenticate, "authenticate");
  }

  public Principal require(Optional<String> authorizationHeader, Access access) {
    if (access == Access.PUBLIC) {
      throw new IllegalArgumentException("public routes need no principal");
    }
    Principal principal = authorizationHeader
        .flatMap(Authenticator::presentedKey)
        .flatMap(authenticate::authenticate)
        .orElseThrow(() -> new ApiException(ApiError.of(401, "unauthorized", "access denied")));
    return switch (principal) {
      case Principal.OrganizationKey key when access == Access.ORGANIZATION -> principal;
      case Principal.ManagementKey key when access == Access.MANAGEMENT -> principal;
      case Principal.ManagementKey key ->
          throw new ApiException(ApiError.of(
              403,
              "forbidden",
              "The management key manages organizations only; use an organization's key for this resource"));
      case Principal.OrganizationKey key ->
          throw new ApiException(ApiError.of(403, "forbidden", "This endpoint needs the management key"));
    };
  }

  static Optional<String> presentedKey(String header) {
    String value = header.strip();
    if (value.regionMatches(true, 0, "bearer ", 0, 7)) {
      value = value.substring(7).strip();
    } else if (value.toLowerCase(Locale.ROOT).equals("bearer")) {
      return Optional.empty();
    }
    if (value.isEmpty() || value.length() > MAX_KEY_LENGTH || containsWhitespace(value)) {
      return Optional.empty();
    }
    return Optional.of(value);
  }

  // A loop, not chars().anyMatch: it runs on every request, and the stream showed in the request profile.
  private static boolean containsWhitespace(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isWhitespace(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
