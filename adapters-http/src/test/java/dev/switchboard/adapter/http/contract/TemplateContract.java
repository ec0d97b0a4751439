package dev.switchboard.adapter.http.contract;

import static dev.switchboard.adapter.http.testing.ApiResponseAssert.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapter.http.testing.ApiTestBase;
import dev.switchboard.adapter.http.testing.Http;
import org.junit.jupiter.api.Test;

/** {@code /message-templates}, including Recrubo's example POST body. */
public abstract class TemplateContract extends ApiTestBase {

  private static final String TEMPLATES = B + "/message-templates";

  private static final String RECRUBO_EXAMPLE = """
      {"data": {"type": "messageTemplates", "attributes": {
        "name": "start_application",
        "components": [
          {"text": "Recrubo application!", "type": "HEADER", "format": "Text"},
          {"text": "Hi {{1}}, great to see you want to work with us! Reply to this message to schedule your interview.",
           "type": "BODY", "example": {"body_text": [["John"]]}},
          {"text": "Team Recrubo", "type": "FOOTER"}],
        "language": "en", "category": "MARKETING",
        "preview": "Hi {{1}}, great to see you want to work with us! Reply to this message to schedule your interview."}}}
      """;

  @Test
  void givenRecruboExampleBody_create_answers201Approved() {
    Http.Response response = post(TEMPLATES, RECRUBO_EXAMPLE);

    assertThat(response.status()).as(response.body()).isEqualTo(201);
    assertThat(response.location()).contains(TEMPLATES + "/" + response.id());
    assertThat(response.data().get("type").asText()).isEqualTo("messageTemplates");
    JsonNode attributes = response.attributes();
    assertThat(attributes.get("name").asText()).isEqualTo("start_application");
    assertThat(attributes.get("language").asText()).isEqualTo("en");
    assertThat(attributes.get("category").asText()).isEqualTo("MARKETING");
    assertThat(attributes.get("status").asText()).isEqualTo("approved");
    assertThat(attributes.get("preview").asText()).startsWith("Hi {{1}}, great to see you");
    assertThat(attributes.get("components")).hasSize(3);
    assertThat(attributes.at("/components/0/type").asText()).isEqualTo("HEADER");
    assertThat(attributes.at("/components/1/text").asText()).startsWith("Hi {{1}}");
    assertThat(attributes.get("createdAt").asText()).endsWith("+00:00");
  }

  @Test
  void givenLowerCaseCategoryAndPendingStatus_create_acceptsThem() {
    Http.Response response = post(TEMPLATES, """
        {"data": {"type": "messageTemplates", "attributes": {"name": "otp", "language": "nl",
          "category": "authentication", "status": "PENDING", "components": [{"type": "body", "text": "Code {{1}}"}]}}}
        """);

    assertThat(response.status()).as(response.body()).isEqualTo(201);
    assertThat(response.attributes().get("category").asText()).isEqualTo("AUTHENTICATION");
    assertThat(response.attributes().get("status").asText()).isEqualTo("pending");
  }

  @Test
  void givenSameNameAndLanguage_create_is422() {
    post(TEMPLATES, RECRUBO_EXAMPLE);

    assertError(post(TEMPLATES, RECRUBO_EXAMPLE), 422, "name_taken");
  }

  @Test
  void givenInvalidCategoryOrNoBody_create_is422() {
    Http.Response category = post(TEMPLATES, """
        {"data": {"type": "messageTemplates", "attributes": {"name": "x", "language": "en", "category": "PROMO",
          "components": [{"type": "BODY", "text": "Hi"}]}}}
        """);
    Http.Response noBody = post(TEMPLATES, """
        {"data": {"type": "messageTemplates", "attributes": {"name": "x", "language": "en", "category": "UTILITY",
          "components": [{"type": "HEADER", "text": "Hi"}]}}}
        """);
    Http.Response gap = post(TEMPLATES, """
        {"data": {"type": "messageTemplates", "attributes": {"name": "x", "language": "en", "category": "UTILITY",
          "components": [{"type": "BODY", "text": "Hi {{2}}"}]}}}
        """);

    assertError(category, 422, "invalid_category");
    assertError(noBody, 422, "invalid_template");
    assertError(gap, 422, "invalid_template");
  }

  @Test
  void givenImageHeaderFormat_create_is422() {
    Http.Response response = post(TEMPLATES, """
        {"data": {"type": "messageTemplates", "attributes": {"name": "x", "language": "en", "category": "UTILITY",
          "components": [{"type": "HEADER", "format": "IMAGE", "text": "x"}, {"type": "BODY", "text": "Hi"}]}}}
        """);

    assertError(response, 422, "unsupported_format");
  }

  @Test
  void givenTemplates_listGetAndDelete() {
    String first = createTemplate("first", "One");
    String second = createTemplate("second", "Two");

    Http.Response list = get(TEMPLATES + "?sort=-name");
    Http.Response filtered = get(TEMPLATES + "?filter[name][prefix]=fir");
    Http.Response one = get(TEMPLATES + "/" + first);
    Http.Response deleted = delete(TEMPLATES + "/" + second);

    assertThat(list.data()).hasSize(2);
    assertThat(list.data().get(0).get("id").asText()).isEqualTo(second);
    assertThat(filtered.data()).hasSize(1);
    assertThat(one.attributes().get("name").asText()).isEqualTo("first");
    assertThat(deleted.status()).isEqualTo(204);
    assertError(get(TEMPLATES + "/" + second), 404, "not_found");
  }

  @Test
  void givenTemplate_patch_is405() {
    String id = createTemplate("first", "One");

    Http.Response response = patch(TEMPLATES + "/" + id, """
        {"data": {"type": "messageTemplates", "id": "%s", "attributes": {"name": "other"}}}
        """.formatted(id));

    assertError(response, 405, "method_not_allowed");
  }
}
