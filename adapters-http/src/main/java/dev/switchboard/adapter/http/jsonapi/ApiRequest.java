package dev.switchboard.adapter.http.jsonapi;

import dev.switchboard.application.port.in.AuthenticateUseCase.Principal;
import dev.switchboard.domain.organization.OrganizationId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One authenticated API request as handlers see it: who calls, the path parameters, the query parameters and the
 * body (read once, within the size limit). Not thread-safe; it lives for one request on one thread.
 */
public final class ApiRequest {

  private final Principal principal;
  private final Function<String, String> pathParams;
  private final Map<String, List<String>> queryParams;
  private final Supplier<byte[]> bodyReader;
  private byte[] body;

  public ApiRequest(
      Principal principal,
      Function<String, String> pathParams,
      Map<String, List<String>> queryParams,
      Supplier<byte[]> bodyReader) {
    this.principal = Objects.requireNonNull(principal, "principal");
    this.pathParams = Objects.requireNonNull(pathParams, "pathParams");
    this.queryParams = Map.copyOf(queryParams);
    this.bodyReader = Objects.requireNonNull(bodyReader, "bodyReader");
  }

  public Principal principal() {
    return principal;
  }

  /** The caller's organization. Routes for organization keys only reach handlers with one. */
  public OrganizationId organizationId() {
    if (principal instanceof Principal.OrganizationKey key) {
      return key.organizationId();
    }
    throw new ApiException(ApiError.of(403, "forbidden", "This resource needs an organization key"));
  }

  /**
   * A path parameter that must be a UUID. A malformed one cannot name any resource, so it is a 404 like an unknown
   * id.
   */
  public UUID pathId(String name, String resourceName) {
    String raw = pathParams.apply(name);
    return Uuids.parse(raw).orElseThrow(() -> ApiException.notFound(resourceName + " not found"));
  }

  public String pathParam(String name) {
    return pathParams.apply(name);
  }

  public Map<String, List<String>> queryParams() {
    return queryParams;
  }

  public byte[] body() {
    if (body == null) {
      body = bodyReader.get();
    }
    return body;
  }
}
