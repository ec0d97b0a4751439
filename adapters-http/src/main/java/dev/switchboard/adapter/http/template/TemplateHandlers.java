package dev.switchboard.adapter.http.template;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapter.http.jsonapi.ApiException;
import dev.switchboard.adapter.http.jsonapi.ApiRequest;
import dev.switchboard.adapter.http.jsonapi.ApiResponse;
import dev.switchboard.adapter.http.jsonapi.Documents;
import dev.switchboard.adapter.http.jsonapi.ListRequest;
import dev.switchboard.adapter.http.jsonapi.ListSpec;
import dev.switchboard.adapter.http.jsonapi.PageDocuments;
import dev.switchboard.adapter.http.jsonapi.QueryParameters;
import dev.switchboard.adapter.http.jsonapi.ResourceInput;
import dev.switchboard.application.port.in.CreateTemplateUseCase;
import dev.switchboard.application.port.in.DeleteResult;
import dev.switchboard.application.port.in.DeleteTemplateUseCase;
import dev.switchboard.application.port.in.GetTemplateUseCase;
import dev.switchboard.application.port.in.ListTemplatesUseCase;
import dev.switchboard.application.query.Page;
import dev.switchboard.application.query.TemplateFields;
import dev.switchboard.domain.template.ComponentType;
import dev.switchboard.domain.template.MessageTemplate;
import dev.switchboard.domain.template.TemplateCategory;
import dev.switchboard.domain.template.TemplateComponent;
import dev.switchboard.domain.template.TemplateId;
import dev.switchboard.domain.template.TemplateStatus;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /message-templates}: list, read, create and delete (templates cannot be edited, as in Recrubo). Category
 * and status are accepted in any case; a template is {@code approved} unless the request says otherwise. The
 * components' {@code format} (text only) and {@code example} are checked and not stored; {@code preview} is always
 * the body text.
 */
public final class TemplateHandlers {

  private static final String NOT_FOUND = "MessageTemplate not found";
  private static final ResourceInput.Shape SHAPE = new ResourceInput.Shape(
      TemplateView.TYPE,
      Set.of("name", "language", "category", "components", "status", "preview"),
      Set.of("createdAt", "updatedAt"),
      Map.of());
  public static final ListSpec<MessageTemplate> LIST = ListSpec.of(TemplateFields.ALL, Set.of());

  private final CreateTemplateUseCase createTemplate;
  private final GetTemplateUseCase getTemplate;
  private final ListTemplatesUseCase listTemplates;
  private final DeleteTemplateUseCase deleteTemplate;

  public TemplateHandlers(
      CreateTemplateUseCase createTemplate,
      GetTemplateUseCase getTemplate,
      ListTemplatesUseCase listTemplates,
      DeleteTemplateUseCase deleteTemplate) {
    this.createTemplate = Objects.requireNonNull(createTemplate, "createTemplate");
    this.getTemplate = Objects.requireNonNull(getTemplate, "getTemplate");
    this.listTemplates = Objects.requireNonNull(listTemplates, "listTemplates");
    this.deleteTemplate = Objects.requireNonNull(deleteTemplate, "deleteTemplate");
  }

  public ApiResponse list(ApiRequest request) {
    ListRequest<MessageTemplate> parsed = QueryParameters.forList(request.queryParams(), LIST);
    Page<MessageTemplate> page = listTemplates.list(request.organizationId(), parsed.query());
    return ApiResponse.ok(PageDocuments.page(page, parsed, TemplateView.PATH, TemplateView::from));
  }

  public ApiResponse get(ApiRequest request) {
    QueryParameters.forSingle(request.queryParams(), LIST.includable());
    TemplateId id = new TemplateId(request.pathId("id", "MessageTemplate"));
    MessageTemplate template =
        getTemplate.get(request.organizationId(), id).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    return ApiResponse.ok(Documents.single(TemplateView.from(template)));
  }

  public ApiResponse create(ApiRequest request) {
    ResourceInput input = ResourceInput.forCreate(request.body(), SHAPE);
    QueryParameters.forSingle(request.queryParams(), LIST.includable());
    String name = input.requiredString("name");
    String language = input.requiredString("language");
    TemplateCategory category = category(input.requiredString("category"));
    List<TemplateComponent> components = components(input);
    TemplateStatus status = input.string("status").map(TemplateHandlers::status).orElse(TemplateStatus.APPROVED);
    input.string("preview");
    var command = new CreateTemplateUseCase.Command(
        request.organizationId(), name, language, category, components, status);
    return switch (createTemplate.create(command)) {
      case CreateTemplateUseCase.Result.Created created ->
          ApiResponse.created(
              Documents.single(TemplateView.from(created.template())), TemplateView.location(created.template()));
      case CreateTemplateUseCase.Result.Rejected rejected ->
          throw ApiException.unprocessable(
              rejected.violation().code(), rejected.violation().reason(), pointerFor(rejected.violation().reason()));
      case CreateTemplateUseCase.Result.NameTaken taken ->
          throw ApiException.unprocessable(
              "name_taken",
              "A template named '" + name + "' already exists for language '" + language + "'",
              ResourceInput.pointer("name"));
    };
  }

  public ApiResponse delete(ApiRequest request) {
    QueryParameters.none(request.queryParams());
    TemplateId id = new TemplateId(request.pathId("id", "MessageTemplate"));
    return switch (deleteTemplate.delete(request.organizationId(), id)) {
      case DeleteResult.Deleted deleted -> ApiResponse.noContent();
      case DeleteResult.NotFound notFound -> throw ApiException.notFound(NOT_FOUND);
    };
  }

  private static TemplateCategory category(String raw) {
    String upper = raw.strip().toUpperCase(Locale.ROOT);
    if (upper.equals("AUTHORIZATION")) {
      return TemplateCategory.AUTHENTICATION; // Recrubo's reference page says "Authorization", Meta says Authentication.
    }
    try {
      return TemplateCategory.valueOf(upper);
    } catch (IllegalArgumentException e) {
      throw ApiException.unprocessable(
          "invalid_category",
          "Category must be MARKETING, UTILITY or AUTHENTICATION",
          ResourceInput.pointer("category"));
    }
  }

  private static TemplateStatus status(String raw) {
    try {
      return TemplateStatus.valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.unprocessable(
          "invalid_status", "Status must be approved, pending, rejected or paused", ResourceInput.pointer("status"));
    }
  }

  private static List<TemplateComponent> components(ResourceInput input) {
    JsonNode list = input.raw("components").orElseThrow(() -> ResourceInput.missing("components"));
    String base = ResourceInput.pointer("components");
    if (!list.isArray()) {
      throw ResourceInput.wrongType("components", "an array of components");
    }
    List<TemplateComponent> components = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      components.add(component(list.get(i), base + "/" + i));
    }
    return components;
  }

  private static TemplateComponent component(JsonNode node, String at) {
    if (!node.isObject()) {
      throw ApiException.badAttribute("invalid_type", "A component must be an object", at);
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!Set.of("type", "text", "format", "example").contains(name)) {
        throw ApiException.badAttribute("unknown_attribute", "Unknown member '" + name + "' in a component", at + "/" + name);
      }
    }
    String typeName = text(node, "type", at).orElseThrow(() -> ApiException.unprocessable(
        "missing_component_type", "A component needs a 'type': HEADER, BODY or FOOTER", at + "/type"));
    ComponentType type = ComponentType.parse(typeName).orElseThrow(() -> ApiException.unprocessable(
        "invalid_component_type", "Component type must be HEADER, BODY or FOOTER", at + "/type"));
    String text = text(node, "text", at).orElseThrow(() -> ApiException.unprocessable(
        "missing_component_text", "A component needs 'text'", at + "/text"));
    Optional<String> format = text(node, "format", at);
    if (format.isPresent() && !format.get().equalsIgnoreCase("text")) {
      throw ApiException.unprocessable(
          "unsupported_format", "Only the text format is supported for components", at + "/format");
    }
    JsonNode example = node.get("example");
    if (example != null && !example.isNull() && !example.isObject()) {
      throw ApiException.badAttribute("invalid_type", "'example' must be an object", at + "/example");
    }
    if (text.isBlank()) {
      throw ApiException.unprocessable("missing_component_text", "A component needs some text", at + "/text");
    }
    return new TemplateComponent(type, text);
  }

  private static Optional<String> text(JsonNode node, String member, String at) {
    JsonNode value = node.get(member);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw ApiException.badAttribute("invalid_type", "'" + member + "' must be a string", at + "/" + member);
    }
    return Optional.of(value.asText());
  }

  private static String pointerFor(String reason) {
    String lower = reason.toLowerCase(Locale.ROOT);
    if (lower.contains("needs a name")) {
      return ResourceInput.pointer("name");
    }
    if (lower.contains("needs a language")) {
      return ResourceInput.pointer("language");
    }
    return ResourceInput.pointer("components");
  }
}
