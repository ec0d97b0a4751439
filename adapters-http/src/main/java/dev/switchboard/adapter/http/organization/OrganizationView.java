package dev.switchboard.adapter.http.organization;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapter.http.jsonapi.JsonApi;
import dev.switchboard.adapter.http.jsonapi.ResourceObject;
import dev.switchboard.domain.organization.Organization;
import java.util.Optional;

/**
 * The web model of an organization: {@code type: organizations}. The webhook secret is write-only and never shown;
 * the {@code token} (the organization key) appears only in the management answers that create or rotate it.
 */
public final class OrganizationView {

  public static final String TYPE = "organizations";
  public static final String PATH = JsonApi.BASE_PATH + "/organizations";
  public static final String MANAGEMENT_PATH = JsonApi.BASE_PATH + "/management/organizations";

  private OrganizationView() {}

  public static ResourceObject from(Organization organization, String basePath, Optional<String> token) {
    ObjectNode attributes = JsonApi.object();
    attributes.put("createdAt", JsonApi.timestamp(organization.createdAt()));
    attributes.put("updatedAt", JsonApi.timestamp(organization.updatedAt()));
    attributes.put("name", organization.name());
    organization.webhookUrl().ifPresentOrElse(
        url -> attributes.put("webhookUrl", url.toString()), () -> attributes.putNull("webhookUrl"));
    token.ifPresent(value -> attributes.put("token", value));
    return new ResourceObject(
        TYPE, organization.id().toString(), attributes, Optional.empty(), basePath + "/" + organization.id());
  }
}
