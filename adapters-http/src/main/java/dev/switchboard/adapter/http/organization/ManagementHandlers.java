package dev.switchboard.adapter.http.organization;

import dev.switchboard.adapter.http.jsonapi.ApiException;
import dev.switchboard.adapter.http.jsonapi.ApiRequest;
import dev.switchboard.adapter.http.jsonapi.ApiResponse;
import dev.switchboard.adapter.http.jsonapi.Documents;
import dev.switchboard.adapter.http.jsonapi.ListRequest;
import dev.switchboard.adapter.http.jsonapi.PageDocuments;
import dev.switchboard.adapter.http.jsonapi.QueryParameters;
import dev.switchboard.adapter.http.jsonapi.ResourceInput;
import dev.switchboard.application.port.in.CreateOrganizationUseCase;
import dev.switchboard.application.port.in.DeleteOrganizationUseCase;
import dev.switchboard.application.port.in.DeleteResult;
import dev.switchboard.application.port.in.GetOrganizationUseCase;
import dev.switchboard.application.port.in.ListOrganizationsUseCase;
import dev.switchboard.application.port.in.RotateOrganizationKeyUseCase;
import dev.switchboard.application.port.in.UpdateOrganizationUseCase;
import dev.switchboard.application.query.Page;
import dev.switchboard.domain.organization.Organization;
import dev.switchboard.domain.organization.OrganizationId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /management/organizations} and {@code /management/refresh-token/{organizationId}}, for the management key:
 * create, list, read, update and delete organizations, and rotate their keys. The organization key is shown once,
 * as attribute {@code token}, in the answer that creates or rotates it. Rotation answers 200: it changes an
 * existing organization and creates no resource.
 */
public final class ManagementHandlers {

  private static final String NOT_FOUND = "Organization not found";

  private final CreateOrganizationUseCase createOrganization;
  private final GetOrganizationUseCase getOrganization;
  private final ListOrganizationsUseCase listOrganizations;
  private final UpdateOrganizationUseCase updateOrganization;
  private final DeleteOrganizationUseCase deleteOrganization;
  private final RotateOrganizationKeyUseCase rotateKey;

  public ManagementHandlers(
      CreateOrganizationUseCase createOrganization,
      GetOrganizationUseCase getOrganization,
      ListOrganizationsUseCase listOrganizations,
      UpdateOrganizationUseCase updateOrganization,
      DeleteOrganizationUseCase deleteOrganization,
      RotateOrganizationKeyUseCase rotateKey) {
    this.createOrganization = Objects.requireNonNull(createOrganization, "createOrganization");
    this.getOrganization = Objects.requireNonNull(getOrganization, "getOrganization");
    this.listOrganizations = Objects.requireNonNull(listOrganizations, "listOrganizations");
    this.updateOrganization = Objects.requireNonNull(updateOrganization, "updateOrganization");
    this.deleteOrganization = Objects.requireNonNull(deleteOrganization, "deleteOrganization");
    this.rotateKey = Objects.requireNonNull(rotateKey, "rotateKey");
  }

  public ApiResponse list(ApiRequest request) {
    ListRequest<Organization> parsed = QueryParameters.forList(request.queryParams(), OrganizationHandlers.LIST);
    Page<Organization> page = listOrganizations.list(parsed.query());
    return ApiResponse.ok(PageDocuments.page(
        page, parsed, OrganizationView.MANAGEMENT_PATH, organization -> view(organization, Optional.empty())));
  }

  public ApiResponse get(ApiRequest request) {
    QueryParameters.forSingle(request.queryParams(), Set.of());
    OrganizationId id = new OrganizationId(request.pathId("id", "Organization"));
    Organization organization = getOrganization.get(id).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    return ApiResponse.ok(Documents.single(view(organization, Optional.empty())));
  }

  public ApiResponse create(ApiRequest request) {
    QueryParameters.forSingle(request.queryParams(), Set.of());
    ResourceInput input = ResourceInput.forCreate(request.body(), OrganizationInput.SHAPE);
    var command = new CreateOrganizationUseCase.Command(
        input.requiredString("name"), OrganizationInput.webhookUrl(input), input.string("webhookSecret"));
    return switch (createOrganization.create(command)) {
      case CreateOrganizationUseCase.Result.Created created ->
          ApiResponse.created(
              Documents.single(view(created.organization(), Optional.of(created.token()))),
              OrganizationView.MANAGEMENT_PATH + "/" + created.organization().id());
      case CreateOrganizationUseCase.Result.Rejected rejected -> throw OrganizationInput.rejected(rejected.violation());
    };
  }

  public ApiResponse update(ApiRequest request) {
    QueryParameters.forSingle(request.queryParams(), Set.of());
    OrganizationId id = new OrganizationId(request.pathId("id", "Organization"));
    ResourceInput input = ResourceInput.forUpdate(request.body(), OrganizationInput.SHAPE, request.pathParam("id"));
    return switch (updateOrganization.update(OrganizationInput.update(id, input))) {
      case UpdateOrganizationUseCase.Result.Updated updated ->
          ApiResponse.ok(Documents.single(view(updated.organization(), Optional.empty())));
      case UpdateOrganizationUseCase.Result.NotFound notFound -> throw ApiException.notFound(NOT_FOUND);
      case UpdateOrganizationUseCase.Result.Rejected rejected -> throw OrganizationInput.rejected(rejected.violation());
    };
  }

  public ApiResponse delete(ApiRequest request) {
    QueryParameters.none(request.queryParams());
    OrganizationId id = new OrganizationId(request.pathId("id", "Organization"));
    return switch (deleteOrganization.delete(id)) {
      case DeleteResult.Deleted deleted -> ApiResponse.noContent();
      case DeleteResult.NotFound notFound -> throw ApiException.notFound(NOT_FOUND);
    };
  }

  public ApiResponse rotateKey(ApiRequest request) {
    QueryParameters.none(request.queryParams());
    OrganizationId id = new OrganizationId(request.pathId("organizationId", "Organization"));
    var rotated = rotateKey.rotate(id).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    return ApiResponse.ok(Documents.single(view(rotated.organization(), Optional.of(rotated.token()))));
  }

  private static dev.switchboard.adapter.http.jsonapi.ResourceObject view(
      Organization organization, Optional<String> token) {
    return OrganizationView.from(organization, OrganizationView.MANAGEMENT_PATH, token);
  }
}
