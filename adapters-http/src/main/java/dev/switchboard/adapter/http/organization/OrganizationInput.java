package dev.switchboard.adapter.http.organization;

import dev.switchboard.adapter.http.jsonapi.ApiException;
import dev.switchboard.adapter.http.jsonapi.ResourceInput;
import dev.switchboard.application.port.in.UpdateOrganizationUseCase;
import dev.switchboard.application.port.in.UpdateOrganizationUseCase.Change;
import dev.switchboard.domain.Violation;
import dev.switchboard.domain.organization.OrganizationId;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reading organization attributes, shared by the organization's own routes and the management routes. */
final class OrganizationInput {

  static final ResourceInput.Shape SHAPE = new ResourceInput.Shape(
      OrganizationView.TYPE,
      Set.of("name", "webhookUrl", "webhookSecret"),
      Set.of("createdAt", "updatedAt", "token"),
      Map.of());

  private OrganizationInput() {}

  static Optional<URI> webhookUrl(ResourceInput input) {
    return input.string("webhookUrl").map(OrganizationInput::uri);
  }

  static UpdateOrganizationUseCase.Command update(OrganizationId id, ResourceInput input) {
    if (input.isNull("name")) {
      throw ApiException.unprocessable(
          "null_attribute", "Attribute 'name' cannot be null", ResourceInput.pointer("name"));
    }
    Change<URI> webhookUrl = input.isNull("webhookUrl")
        ? Change.cleared()
        : webhookUrl(input).<Change<URI>>map(Change::set).orElse(Change.unchanged());
    Change<String> webhookSecret = input.isNull("webhookSecret")
        ? Change.cleared()
        : input.string("webhookSecret").<Change<String>>map(Change::set).orElse(Change.unchanged());
    return new UpdateOrganizationUseCase.Command(id, input.string("name"), webhookUrl, webhookSecret);
  }

  static ApiException rejected(Violation violation) {
    String code = violation.code().toLowerCase(Locale.ROOT);
    String attribute = code.contains("url") ? "webhookUrl" : code.contains("secret") ? "webhookSecret" : "name";
    return ApiException.unprocessable(violation.code(), violation.reason(), ResourceInput.pointer(attribute));
  }

  private static URI uri(String raw) {
    try {
      URI uri = new URI(raw);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw invalidUrl();
      }
      return uri;
    } catch (URISyntaxException e) {
      throw invalidUrl();
    }
  }

  private static ApiException invalidUrl() {
    return ApiException.unprocessable(
        "invalid_webhook_url", "webhookUrl must be an absolute http(s) URL", ResourceInput.pointer("webhookUrl"));
  }
}
