package dev.switchboard.adapter.http.organization;

import dev.switchboard.adapter.http.jsonapi.ApiException;
import dev.switchboard.adapter.http.jsonapi.ApiRequest;
import dev.switchboard.adapter.http.jsonapi.ApiResponse;
import dev.switchboard.adapter.http.jsonapi.Documents;
import dev.switchboard.adapter.http.jsonapi.JsonApi;
import dev.switchboard.adapter.http.jsonapi.ListSpec;
import dev.switchboard.adapter.http.jsonapi.QueryParameters;
import dev.switchboard.adapter.http.jsonapi.ResourceInput;
import dev.switchboard.application.port.in.GetOrganizationUseCase;
import dev.switchboard.application.port.in.UpdateOrganizationUseCase;
import dev.switchboard.application.query.OrganizationFields;
import dev.switchboard.domain.organization.Organization;
import dev.switchboard.domain.organization.OrganizationId;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /organizations}: an organization key sees its own organization only. The list holds that one
 * organization (query parameters are checked but there is nothing to filter); another organization's id is 404.
 * {@code PATCH /organizations} (without an id, as in Recrubo's webhook guide) and {@code PATCH /organizations/{id}}
 * change the name and the webhook destination; the secret is write-only.
 */
public final class OrganizationHandlers {

  private static final String NOT_FOUND = "Organization not found";
  public static final ListSpec<Organization> LIST = ListSpec.of(OrganizationFields.ALL, Set.of());

  private final GetOrganizationUseCase getOrganization;
  private final UpdateOrganizationUseCase updateOrganization;

  public OrganizationHandlers(GetOrganizationUseCase getOrganization, UpdateOrganizationUseCase updateOrganization) {
    this.getOrganization = Objects.requireNonNull(getOrganization, "getOrganization");
    this.updateOrganization = Objects.requireNonNull(updateOrganization, "updateOrganization");
  }

  public ApiResponse list(ApiRequest request) {
    QueryParameters.forList(request.queryParams(), LIST);
    Organization own = own(request);
    ObjectNode meta = JsonApi.object();
    meta.put("total", 1).put("totalUnfiltered", 1).put("currentSize", 25).put("currentPage", 1).put("maxPage", 1);
    ObjectNode links = JsonApi.object();
    links.put("self", OrganizationView.PATH);
    return ApiResponse.ok(Documents.collection(
        List.of(OrganizationView.from(own, OrganizationView.PATH, Optional.empty())), Optional.empty(), meta, links));
  }

  public ApiResponse get(ApiRequest request) {
    QueryParameters.forSingle(request.queryParams(), Set.of());
    checkOwnId(request);
    return ApiResponse.ok(Documents.single(OrganizationView.from(own(request), OrganizationView.PATH, Optional.empty())));
  }

  public ApiResponse update(ApiRequest request) {
    checkOwnId(request);
    return updateOwn(request, request.pathParam("id"));
  }

  /** {@code PATCH /organizations}: the caller's organization, with or without its id in the body. */
  public ApiResponse updateSelf(ApiRequest request) {
    return updateOwn(request, request.organizationId().toString());
  }

  private ApiResponse updateOwn(ApiRequest request, String urlId) {
    QueryParameters.forSingle(request.queryParams(), Set.of());
    ResourceInput input = ResourceInput.forUpdate(request.body(), OrganizationInput.SHAPE, urlId);
    UpdateOrganizationUseCase.Command command = OrganizationInput.update(request.organizationId(), input);
    return switch (updateOrganization.update(command)) {
      case UpdateOrganizationUseCase.Result.Updated updated ->
          ApiResponse.ok(
              Documents.single(OrganizationView.from(updated.organization(), OrganizationView.PATH, Optional.empty())));
      case UpdateOrganizationUseCase.Result.NotFound notFound -> throw ApiException.notFound(NOT_FOUND);
      case UpdateOrganizationUseCase.Result.Rejected rejected -> throw OrganizationInput.rejected(rejected.violation());
    };
  }

  private void checkOwnId(ApiRequest request) {
    OrganizationId id = new OrganizationId(request.pathId("id", "Organization"));
    if (!id.equals(request.organizationId())) {
      throw ApiException.notFound(NOT_FOUND);
    }
  }

  private Organization own(ApiRequest request) {
    return getOrganization.get(request.organizationId()).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
  }
}
