package dev.switchboard.adapter.http.subscription;

import dev.switchboard.adapter.http.jsonapi.ApiException;
import dev.switchboard.adapter.http.jsonapi.ApiRequest;
import dev.switchboard.adapter.http.jsonapi.ApiResponse;
import dev.switchboard.adapter.http.jsonapi.Documents;
import dev.switchboard.adapter.http.jsonapi.ListRequest;
import dev.switchboard.adapter.http.jsonapi.ListSpec;
import dev.switchboard.adapter.http.jsonapi.PageDocuments;
import dev.switchboard.adapter.http.jsonapi.QueryParameters;
import dev.switchboard.adapter.http.jsonapi.ResourceInput;
import dev.switchboard.application.port.in.CreateWebhookUseCase;
import dev.switchboard.application.port.in.DeleteResult;
import dev.switchboard.application.port.in.DeleteWebhookUseCase;
import dev.switchboard.application.port.in.GetWebhookUseCase;
import dev.switchboard.application.port.in.ListWebhooksUseCase;
import dev.switchboard.application.port.in.UpdateOrganizationUseCase.Change;
import dev.switchboard.application.port.in.UpdateWebhookUseCase;
import dev.switchboard.application.query.Page;
import dev.switchboard.application.query.WebhookFields;
import dev.switchboard.domain.Violation;
import dev.switchboard.domain.organization.OrganizationRules;
import dev.switchboard.domain.webhook.WebhookEvent;
import dev.switchboard.domain.webhook.WebhookId;
import dev.switchboard.domain.webhook.WebhookResource;
import dev.switchboard.domain.webhook.WebhookSubscription;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code /webhooks}: list, read, create, change and delete subscriptions. A body looks like Recrubo's guide
 * suggests: {@code {"data":{"type":"webhooks","attributes":{"resource":"messages","event":"update",
 * "fields":["deliveryStatus"],"url":"https://..."}}}}; {@code fields} and {@code url} are optional. On PATCH,
 * {@code "url": null} falls back to the organization's URL and {@code "fields": null} means every update.
 */
public final class WebhookHandlers {

  private static final String NOT_FOUND = "Webhook not found";
  private static final ResourceInput.Shape SHAPE = new ResourceInput.Shape(
      WebhookView.TYPE, Set.of("resource", "event", "fields", "url"), Set.of("createdAt", "updatedAt"), Map.of());
  public static final ListSpec<WebhookSubscription> LIST = ListSpec.of(WebhookFields.ALL, Set.of());

  private final CreateWebhookUseCase createWebhook;
  private final GetWebhookUseCase getWebhook;
  private final ListWebhooksUseCase listWebhooks;
  private final UpdateWebhookUseCase updateWebhook;
  private final DeleteWebhookUseCase deleteWebhook;

  public WebhookHandlers(
      CreateWebhookUseCase createWebhook,
      GetWebhookUseCase getWebhook,
      ListWebhooksUseCase listWebhooks,
      UpdateWebhookUseCase updateWebhook,
      DeleteWebhookUseCase deleteWebhook) {
    this.createWebhook = Objects.requireNonNull(createWebhook, "createWebhook");
    this.getWebhook = Objects.requireNonNull(getWebhook, "getWebhook");
    this.listWebhooks = Objects.requireNonNull(listWebhooks, "listWebhooks");
    this.updateWebhook = Objects.requireNonNull(updateWebhook, "updateWebhook");
    this.deleteWebhook = Objects.requireNonNull(deleteWebhook, "deleteWebhook");
  }

  public ApiResponse list(ApiRequest request) {
    ListRequest<WebhookSubscription> parsed = QueryParameters.forList(request.queryParams(), LIST);
    Page<WebhookSubscription> page = listWebhooks.list(request.organizationId(), parsed.query());
    return ApiResponse.ok(PageDocuments.page(page, parsed, WebhookView.PATH, WebhookView::from));
  }

  public ApiResponse get(ApiRequest request) {
    QueryParameters.forSingle(request.queryParams(), LIST.includable());
    WebhookSubscription webhook = getWebhook.get(request.organizationId(), id(request))
        .orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    return ApiResponse.ok(Documents.single(WebhookView.from(webhook)));
  }

  public ApiResponse create(ApiRequest request) {
    ResourceInput input = ResourceInput.forCreate(request.body(), SHAPE);
    QueryParameters.forSingle(request.queryParams(), LIST.includable());
    var command = new CreateWebhookUseCase.Command(
        request.organizationId(),
        resource(input.requiredString("resource")),
        event(input.requiredString("event")),
        input.strings("fields").orElse(List.of()),
        input.string("url").map(WebhookHandlers::url));
    return switch (createWebhook.create(command)) {
      case CreateWebhookUseCase.Result.Created created ->
          ApiResponse.created(Documents.single(WebhookView.from(created.webhook())), WebhookView.location(created.webhook()));
      case CreateWebhookUseCase.Result.Rejected rejected -> throw rejected(rejected.violation());
    };
  }

  public ApiResponse update(ApiRequest request) {
    WebhookId id = id(request);
    ResourceInput input = ResourceInput.forUpdate(request.body(), SHAPE, request.pathParam("id"));
    QueryParameters.forSingle(request.queryParams(), LIST.includable());
    for (String required : List.of("resource", "event")) {
      if (input.isNull(required)) {
        throw ApiException.unprocessable(
            "null_attribute", "Attribute '" + required + "' cannot be null", ResourceInput.pointer(required));
      }
    }
    Optional<List<String>> fields = input.isNull("fields") ? Optional.of(List.of()) : input.strings("fields");
    Change<URI> url = input.isNull("url")
        ? Change.cleared()
        : input.string("url").map(WebhookHandlers::url).<Change<URI>>map(Change::set).orElse(Change.unchanged());
    var command = new UpdateWebhookUseCase.Command(
        request.organizationId(),
        id,
        input.string("resource").map(WebhookHandlers::resource),
        input.string("event").map(WebhookHandlers::event),
        fields,
        url);
    return switch (updateWebhook.update(command)) {
      case UpdateWebhookUseCase.Result.Updated updated -> ApiResponse.ok(Documents.single(WebhookView.from(updated.webhook())));
      case UpdateWebhookUseCase.Result.NotFound notFound -> throw ApiException.notFound(NOT_FOUND);
      case UpdateWebhookUseCase.Result.Rejected rejected -> throw rejected(rejected.violation());
    };
  }

  public ApiResponse delete(ApiRequest request) {
    QueryParameters.none(request.queryParams());
    return switch (deleteWebhook.delete(request.organizationId(), id(request))) {
      case DeleteResult.Deleted deleted -> ApiResponse.noContent();
      case DeleteResult.NotFound notFound -> throw ApiException.notFound(NOT_FOUND);
    };
  }

  private static WebhookId id(ApiRequest request) {
    return new WebhookId(request.pathId("id", "Webhook"));
  }

  private static WebhookResource resource(String raw) {
    return WebhookResource.parse(raw).orElseThrow(() -> ApiException.unprocessable(
        "invalid_resource",
        "Resource must be one of " + Arrays.stream(WebhookResource.values())
            .map(WebhookResource::wireName).collect(Collectors.joining(", ")),
        ResourceInput.pointer("resource")));
  }

  private static WebhookEvent event(String raw) {
    return WebhookEvent.parse(raw).orElseThrow(() -> ApiException.unprocessable(
        "invalid_event", "Event must be create, update or delete", ResourceInput.pointer("event")));
  }

  /** Only the syntax is checked here; the use case applies the URL rules (absolute http(s), host, length). */
  private static URI url(String raw) {
    try {
      return new URI(raw);
    } catch (URISyntaxException e) {
      throw ApiException.unprocessable(
          OrganizationRules.INVALID_WEBHOOK_URL, "url must be an absolute http(s) URL", ResourceInput.pointer("url"));
    }
  }

  private static ApiException rejected(Violation violation) {
    String attribute = violation.code().equals(WebhookSubscription.INVALID_FIELDS) ? "fields" : "url";
    return ApiException.unprocessable(violation.code(), violation.reason(), ResourceInput.pointer(attribute));
  }
}
