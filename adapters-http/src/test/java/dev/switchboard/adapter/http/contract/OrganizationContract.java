package dev.switchboard.adapter.http.contract;

import static dev.switchboard.adapter.http.testing.ApiResponseAssert.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.http.testing.ApiTestBase;
import dev.switchboard.adapter.http.testing.Http;
import org.junit.jupiter.api.Test;

/** {@code /organizations} (the caller's own) and {@code /management/...} (the management key's). */
public abstract class OrganizationContract extends ApiTestBase {

  private static final String OWN = B + "/organizations";
  private static final String MANAGED = B + "/management/organizations";

  private Http.Response management(String method, String path, String json) {
    Http.Request request = http.request(method, path).key(MANAGEMENT_KEY);
    return (json == null ? request : request.json(json)).send();
  }

  @Test
  void givenOrganizationKey_listOwn_holdsOnlyItsOrganization() {
    secondOrganizationKey();

    Http.Response response = get(OWN);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.data()).hasSize(1);
    assertThat(response.data().get(0).get("id").asText()).isEqualTo(organizationId().toString());
    assertThat(response.data().get(0).get("type").asText()).isEqualTo("organizations");
    assertThat(response.data().get(0).at("/attributes/name").asText()).isEqualTo("Default");
    assertThat(response.data().get(0).at("/attributes").has("token")).isFalse();
    assertThat(response.json().at("/meta/total").asLong()).isEqualTo(1);
  }

  @Test
  void givenOrganizationKey_getOwn_andAnotherIs404() {
    String otherId = organizationOf(secondOrganizationKey()).toString();

    Http.Response own = get(OWN + "/" + organizationId());
    Http.Response other = get(OWN + "/" + otherId);

    assertThat(own.status()).isEqualTo(200);
    assertError(other, 404, "not_found");
  }

  @Test
  void givenWebhookGuideBody_patchOrganizations_setsWebhook_andTheSecretIsNeverReturned() {
    Http.Response response = patch(OWN, """
        {"data":{"type":"organizations","attributes":{"webhookUrl":"https://example.com/webhooks","webhookSecret":"mysecret"}}}
        """);
    Http.Response byId = patch(OWN + "/" + organizationId(), """
        {"data":{"type":"organizations","id":"%s","attributes":{"name":"Renamed"}}}
        """.formatted(organizationId()));

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.attributes().get("webhookUrl").asText()).isEqualTo("https://example.com/webhooks");
    assertThat(response.body()).doesNotContain("mysecret").doesNotContain("webhookSecret");
    assertThat(byId.status()).isEqualTo(200);
    assertThat(byId.attributes().get("name").asText()).isEqualTo("Renamed");
    assertThat(get(OWN).body()).doesNotContain("mysecret");
  }

  @Test
  void givenInvalidWebhookUrl_patch_is422() {
    Http.Response response = patch(OWN, """
        {"data":{"type":"organizations","attributes":{"webhookUrl":"ftp://example.com"}}}
        """);

    assertError(response, 422, null);
  }

  @Test
  void givenManagementKey_createOrganization_answersTokenOnce_andTheTokenWorks() {
    Http.Response created = management("POST", MANAGED, """
        {"data": {"type": "organizations", "attributes": {"name": "Acme", "webhookUrl": "https://acme.example/hooks",
          "webhookSecret": "s3cret"}}}
        """);
    String token = created.attributes().get("token").asText();
    Http.Response shown = management("GET", MANAGED + "/" + created.id(), null);
    Http.Response asAcme = http.request("GET", OWN).key(token).send();

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.location()).contains(MANAGED + "/" + created.id());
    assertThat(created.body()).doesNotContain("s3cret");
    assertThat(shown.status()).isEqualTo(200);
    assertThat(shown.attributes().has("token")).isFalse();
    assertThat(asAcme.status()).isEqualTo(200);
    assertThat(asAcme.data().get(0).get("id").asText()).isEqualTo(created.id());
  }

  @Test
  void givenManagementKey_listUpdateAndDelete() {
    String otherKey = secondOrganizationKey();
    String otherId = organizationOf(otherKey).toString();

    Http.Response list = management("GET", MANAGED + "?sort=name", null);
    Http.Response renamed = management("PATCH", MANAGED + "/" + otherId, """
        {"data": {"type": "organizations", "id": "%s", "attributes": {"name": "Renamed"}}}
        """.formatted(otherId));
    Http.Response deleted = management("DELETE", MANAGED + "/" + otherId, null);

    assertThat(list.status()).isEqualTo(200);
    assertThat(list.data()).hasSize(2);
    assertThat(list.json().at("/meta/total").asLong()).isEqualTo(2);
    assertThat(renamed.attributes().get("name").asText()).isEqualTo("Renamed");
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(http.request("GET", OWN).key(otherKey).send().status()).isEqualTo(401);
    assertError(management("GET", MANAGED + "/" + otherId, null), 404, "not_found");
  }

  @Test
  void givenManagementKey_refreshToken_rotatesTheKey() {
    String oldKey = secondOrganizationKey();
    String id = organizationOf(oldKey).toString();

    Http.Response rotated = management("POST", B + "/management/refresh-token/" + id, null);
    String newKey = rotated.attributes().get("token").asText();

    assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
    assertThat(newKey).isNotEqualTo(oldKey);
    assertThat(http.request("GET", OWN).key(oldKey).send().status()).isEqualTo(401);
    assertThat(http.request("GET", OWN).key(newKey).send().status()).isEqualTo(200);
    assertError(management("POST", B + "/management/refresh-token/0e6d1c9a-3f0b-4a7e-8f55-6f1d2a3b4c5d", null),
        404, "not_found");
  }

  // The next two use the key right before it goes, so a node that remembers keys must forget it at once.

  @Test
  void givenAKeyInUse_refreshToken_refusesItOnTheNextRequest() {
    String oldKey = secondOrganizationKey();
    String id = organizationOf(oldKey).toString();
    Http.Response inUse = http.request("GET", OWN).key(oldKey).send();

    Http.Response rotated = management("POST", B + "/management/refresh-token/" + id, null);

    assertThat(inUse.status()).isEqualTo(200);
    assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
    assertError(http.request("GET", OWN).key(oldKey).send(), 401, "unauthorized");
  }

  @Test
  void givenAKeyInUse_deleteOrganization_refusesItOnTheNextRequest() {
    String key = secondOrganizationKey();
    String id = organizationOf(key).toString();
    Http.Response inUse = http.request("GET", OWN).key(key).send();

    Http.Response deleted = management("DELETE", MANAGED + "/" + id, null);

    assertThat(inUse.status()).isEqualTo(200);
    assertThat(deleted.status()).isEqualTo(204);
    assertError(http.request("GET", OWN).key(key).send(), 401, "unauthorized");
  }

  @Test
  void givenManagementKey_messageResources_are403() {
    assertError(management("GET", B + "/message-threads", null), 403, "forbidden");
    assertError(management("GET", B + "/messages", null), 403, "forbidden");
    assertError(management("GET", OWN, null), 403, "forbidden");
    assertError(management("POST", B + "/message-templates", "{}"), 403, "forbidden");
  }

  @Test
  void givenOrganizationKey_managementRoutes_are403() {
    assertError(get(MANAGED), 403, "forbidden");
    assertError(post(MANAGED, "{\"data\":{\"type\":\"organizations\",\"attributes\":{\"name\":\"x\"}}}"), 403,
        "forbidden");
    assertError(post(B + "/management/refresh-token/" + organizationId(), "{}"), 403, "forbidden");
  }

  @Test
  void givenMissingName_create_is422() {
    assertError(management("POST", MANAGED, "{\"data\":{\"type\":\"organizations\",\"attributes\":{}}}"), 422,
        "missing_attribute");
  }
}
