package dev.switchboard.adapter.http.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** Assertions shared by the contracts. */
public final class ApiResponseAssert {

  private ApiResponseAssert() {}

  /** A JSON:API error document with this status and code, and nothing that looks like a stack trace. */
  public static JsonNode assertError(Http.Response response, int status, String code) {
    assertThat(response.status()).as("status of %s", response.body()).isEqualTo(status);
    assertJsonApiError(response);
    JsonNode error = response.json().get("errors").get(0);
    assertThat(error.get("status").asText()).isEqualTo(String.valueOf(status));
    if (code != null) {
      assertThat(error.get("code").asText()).as("code of %s", response.body()).isEqualTo(code);
    }
    return error;
  }

  /** Some 4xx JSON:API error document. */
  public static JsonNode assertClientError(Http.Response response) {
    assertThat(response.status()).as("status of %s", response.body()).isBetween(400, 499);
    assertJsonApiError(response);
    return response.json().get("errors").get(0);
  }

  private static void assertJsonApiError(Http.Response response) {
    assertThat(response.header("Content-Type")).as("content type").contains("application/vnd.api+json");
    JsonNode errors = response.json().get("errors");
    assertThat(errors).as("errors of %s", response.body()).isNotNull();
    assertThat(errors.isArray() && errors.size() > 0).isTrue();
    for (JsonNode error : errors) {
      assertThat(error.get("status").isTextual()).isTrue();
      assertThat(error.get("title").isTextual()).isTrue();
      assertThat(error.get("detail").isTextual()).isTrue();
      assertThat(error.get("code").isTextual()).isTrue();
    }
    assertThat(response.body()).doesNotContain("at dev.switchboard", "at io.javalin", "Exception", "\tat ");
  }
}
