package dev.switchboard.adapter.http.contract;

import static dev.switchboard.adapter.http.testing.ApiResponseAssert.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapter.http.testing.ApiTestBase;
import dev.switchboard.adapter.http.testing.Http;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON:API conventions every resource shares: media types, keys, status codes, errors, listings. */
public abstract class ConventionsContract extends ApiTestBase {

  private static final String THREADS = B + "/message-threads";
  private static final String NEW_THREAD = """
      {"data": {"type": "messageThreads", "attributes": {"channel": "sms", "identifier": "31612345678"}}}
      """;

  // --- keys ---

  @Test
  void givenNoKey_anyResource_is401AccessDenied() {
    Http.Response response = http.request("GET", THREADS).send();

    assertThat(assertError(response, 401, "unauthorized").get("detail").asText()).isEqualTo("access denied");
    assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
  }

  @Test
  void givenWrongKey_is401() {
    assertError(http.request("GET", THREADS).key("sb_live_wrong").send(), 401, "unauthorized");
    assertError(http.request("GET", THREADS).header("Authorization", "Bearer").send(), 401, "unauthorized");
    assertError(http.request("GET", THREADS).header("Authorization", "Basic dXNlcjpwYXNz").send(), 401, "unauthorized");
  }

  @Test
  void givenBareKeyWithoutBearer_isAccepted() {
    Http.Response response = http.request("GET", THREADS).header("Authorization", ORG_KEY).send();

    assertThat(response.status()).isEqualTo(200);
  }

  @Test
  void givenLowerCaseBearer_isAccepted() {
    assertThat(http.request("GET", THREADS).header("Authorization", "bearer " + ORG_KEY).send().status())
        .isEqualTo(200);
  }

  // --- media types ---

  @ParameterizedTest
  @ValueSource(strings = {"*/*", "application/*", "application/vnd.api+json", "text/html, */*;q=0.1",
      "application/vnd.api+json;ext=\"x\", application/vnd.api+json"})
  void givenAcceptThatAllowsJsonApi_isServed(String accept) {
    assertThat(request("GET", THREADS).header("Accept", accept).send().status()).isEqualTo(200);
  }

  @Test
  void givenNoAccept_isServed() {
    assertThat(request("GET", THREADS).header("Accept", null).send().status()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/html", "application/json", "application/vnd.api+json; charset=utf-8",
      "application/vnd.api+json;q=0, text/plain"})
  void givenAcceptThatExcludesJsonApi_is406(String accept) {
    assertError(request("GET", THREADS).header("Accept", accept).send(), 406, "not_acceptable");
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/json", "text/plain", "application/vnd.api+json; charset=utf-8",
      "application/x-www-form-urlencoded"})
  void givenBodyOfAnotherContentType_is415(String contentType) {
    Http.Response response = request("POST", THREADS).header("Content-Type", contentType).json(NEW_THREAD).send();

    assertError(response, 415, "unsupported_media_type");
  }

  @Test
  void givenBodyWithoutContentType_is415() {
    Http.Response response = request("POST", THREADS).body(NEW_THREAD.getBytes(StandardCharsets.UTF_8)).send();

    assertError(response, 415, "unsupported_media_type");
  }

  @Test
  void givenUpperCaseMediaType_isAccepted() {
    Http.Response response =
        request("POST", THREADS).header("Content-Type", "Application/Vnd.Api+Json").json(NEW_THREAD).send();

    assertThat(response.status()).isEqualTo(201);
  }

  // --- status codes ---

  @Test
  void givenWrongType_is409() {
    Http.Response response = post(THREADS, """
        {"data": {"type": "messages", "attributes": {"channel": "sms", "identifier": "31612345678"}}}
        """);

    assertThat(assertError(response, 409, "type_mismatch").at("/source/pointer").asText()).isEqualTo("/data/type");
  }

  @Test
  void givenIdInBodyDifferentFromUrl_patch_is409() {
    String id = createThread("sms", "31612345678");

    Http.Response response = patch(THREADS + "/" + id, """
        {"data": {"type": "messageThreads", "id": "0e6d1c9a-3f0b-4a7e-8f55-6f1d2a3b4c5d", "attributes": {}}}
        """);

    assertThat(assertError(response, 409, "id_mismatch").at("/source/pointer").asText()).isEqualTo("/data/id");
  }

  @Test
  void givenClientGeneratedId_post_is403() {
    Http.Response response = post(THREADS, """
        {"data": {"type": "messageThreads", "id": "0e6d1c9a-3f0b-4a7e-8f55-6f1d2a3b4c5d",
                  "attributes": {"channel": "sms", "identifier": "31612345678"}}}
        """);

    assertError(response, 403, "client_generated_id");
  }

  @Test
  void givenMalformedJson_is400() {
    assertError(post(THREADS, "{\"data\": {"), 400, "malformed_json");
  }

  @Test
  void givenUnknownAttribute_is400NamingIt() {
    Http.Response response = post(THREADS, """
        {"data": {"type": "messageThreads", "attributes": {"channel": "sms", "identifier": "31612345678", "colour": "red"}}}
        """);

    JsonNode error = assertError(response, 400, "unknown_attribute");
    assertThat(error.get("detail").asText()).contains("colour");
    assertThat(error.at("/source/pointer").asText()).isEqualTo("/data/attributes/colour");
  }

  @Test
  void givenUnknownFilterField_is400NamingIt() {
    JsonNode error = assertError(get(THREADS + "?filter[colour]=red"), 400, "invalid_query_parameter");

    assertThat(error.get("detail").asText()).contains("colour");
    assertThat(error.at("/source/parameter").asText()).isEqualTo("filter[colour]");
  }

  @Test
  void givenUnknownPath_is404() {
    assertError(get(B + "/conversations"), 404, "not_found");
    assertError(get("/nowhere"), 404, "not_found");
  }

  @Test
  void givenUnsupportedMethod_is405() {
    assertError(request("PUT", THREADS).json(NEW_THREAD).send(), 405, "method_not_allowed");
  }

  @Test
  void givenBodyOverTheLimit_is413() {
    String huge = "x".repeat((int) httpConfig().maxRequestBytes() + 10);

    Http.Response response = post(THREADS, """
        {"data": {"type": "messageThreads", "attributes": {"channel": "sms", "identifier": "%s"}}}
        """.formatted(huge));

    assertError(response, 413, "content_too_large");
  }

  @Test
  void givenPostAndDelete_answer201WithLocationAnd204() {
    Http.Response created = post(THREADS, NEW_THREAD);
    Http.Response deleted = delete(created.location().orElseThrow());

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.location()).contains(THREADS + "/" + created.id());
    assertThat(created.json().get("data").at("/links/self").asText()).isEqualTo(THREADS + "/" + created.id());
    assertThat(deleted.status()).isEqualTo(204);
  }

  @Test
  void givenSingleResource_answersEmptyMetaAndJsonApiContentType() {
    String id = createThread("sms", "31612345678");

    Http.Response response = get(THREADS + "/" + id);

    assertThat(response.header("Content-Type")).isEqualTo("application/vnd.api+json");
    assertThat(response.json().get("meta").isObject()).isTrue();
  }

  // --- listings ---

  private List<String> createThreads(int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(createThread("sms", "316" + (10000000 + i)));
    }
    return ids;
  }

  @Test
  void givenNoPageParameters_listIsTheFirst25_oldestFirst_withRecruboMeta() {
    List<String> ids = createThreads(27);

    Http.Response response = get(THREADS);

    assertThat(response.data()).hasSize(25);
    assertThat(response.data().get(0).get("id").asText()).isEqualTo(ids.get(0));
    JsonNode meta = response.json().get("meta");
    assertThat(meta.get("total").asLong()).isEqualTo(27);
    assertThat(meta.get("totalUnfiltered").asLong()).isEqualTo(27);
    assertThat(meta.get("currentSize").asLong()).isEqualTo(25);
    assertThat(meta.get("currentPage").asLong()).isEqualTo(1);
    assertThat(meta.get("maxPage").asLong()).isEqualTo(2);
    JsonNode links = response.json().get("links");
    assertThat(links.get("self").asText()).isEqualTo(THREADS + "?page[number]=1&page[size]=25");
    assertThat(links.get("first").asText()).isEqualTo(THREADS + "?page[number]=1&page[size]=25");
    assertThat(links.get("prev").isNull()).isTrue();
    assertThat(links.get("next").asText()).isEqualTo(THREADS + "?page[number]=2&page[size]=25");
    assertThat(links.get("last").asText()).isEqualTo(THREADS + "?page[number]=2&page[size]=25");
  }

  @Test
  void givenPageNumberAndSize_answersThatPage_andLinksKeepFiltersAndSort() {
    List<String> ids = createThreads(5);

    Http.Response response = get(THREADS + "?page[number]=2&page[size]=2&sort=-createdAt&filter[channel]=sms");

    assertThat(response.data()).hasSize(2);
    assertThat(response.data().get(0).get("id").asText()).isEqualTo(ids.get(2));
    JsonNode links = response.json().get("links");
    assertThat(links.get("next").asText()).contains("page[number]=3", "sort=-createdAt", "filter[channel]=sms");
    assertThat(links.get("prev").asText()).contains("page[number]=1");
    assertThat(get(links.get("next").asText()).data()).hasSize(1);
  }

  @Test
  void givenPageSizeOver200_isClampedTo200() {
    Http.Response response = get(THREADS + "?page[size]=1000");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().at("/meta/currentSize").asInt()).isEqualTo(200);
  }

  @Test
  void givenPageBeyondTheLast_answersEmptyData() {
    createThreads(2);

    Http.Response response = get(THREADS + "?page[number]=9");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.data()).isEmpty();
  }

  @Test
  void givenCursorPages_followingNextThenPrev_walksTheListing() {
    List<String> ids = createThreads(5);

    Http.Response page1 = get(THREADS + "?page[size]=2&page[after]=");
    Http.Response page2 = get(page1.json().at("/links/next").asText());
    Http.Response page3 = get(page2.json().at("/links/next").asText());
    Http.Response back = get(page3.json().at("/links/prev").asText());

    assertThat(ids(page1)).containsExactly(ids.get(0), ids.get(1));
    assertThat(page1.json().at("/links/prev").isNull()).isTrue();
    assertThat(page1.json().at("/meta").has("currentPage")).isFalse();
    assertThat(ids(page2)).containsExactly(ids.get(2), ids.get(3));
    assertThat(ids(page3)).containsExactly(ids.get(4));
    assertThat(page3.json().at("/links/next").isNull()).isTrue();
    assertThat(ids(back)).containsExactly(ids.get(2), ids.get(3));
  }

  @Test
  void givenCursorPages_metaHasNoTotals_andLinksNoLast() {
    createThreads(5);

    Http.Response page1 = get(THREADS + "?filter[channel]=sms&page[size]=2&page[after]=");
    Http.Response page2 = get(page1.json().at("/links/next").asText());
    Http.Response back = get(page2.json().at("/links/prev").asText());

    for (Http.Response page : List.of(page1, page2, back)) {
      assertThat(page.status()).isEqualTo(200);
      JsonNode meta = page.json().get("meta");
      assertThat(meta.has("total")).isFalse();
      assertThat(meta.has("totalUnfiltered")).isFalse();
      assertThat(meta.has("maxPage")).isFalse();
      assertThat(meta.has("currentPage")).isFalse();
      assertThat(meta.get("currentSize").asInt()).isEqualTo(2);
      JsonNode links = page.json().get("links");
      assertThat(links.has("self")).isTrue();
      assertThat(links.get("first").asText()).isEqualTo(THREADS + "?filter[channel]=sms&page[after]=&page[size]=2");
      assertThat(links.has("next")).isTrue();
      assertThat(links.has("prev")).isTrue();
      assertThat(links.has("last")).isFalse();
    }
    // the same listing by number still counts
    JsonNode numbered = get(THREADS + "?filter[channel]=sms&page[size]=2&page[number]=1").json().get("meta");
    assertThat(numbered.get("total").asLong()).isEqualTo(5);
    assertThat(numbered.get("totalUnfiltered").asLong()).isEqualTo(5);
    assertThat(numbered.get("maxPage").asLong()).isEqualTo(3);
  }

  @Test
  void givenDescendingSort_cursorPagesKeepTheSort() {
    List<String> ids = createThreads(3);

    Http.Response page1 = get(THREADS + "?sort=-identifier&page[size]=2&page[after]=");
    Http.Response page2 = get(page1.json().at("/links/next").asText());

    assertThat(ids(page1)).containsExactly(ids.get(2), ids.get(1));
    assertThat(ids(page2)).containsExactly(ids.get(0));
  }

  @Test
  void givenCursorOfAnotherSort_is400() {
    createThreads(3);
    Http.Response page1 = get(THREADS + "?sort=-identifier,createdAt&page[size]=1&page[after]=");
    String next = page1.json().at("/links/next").asText();
    String cursor = next.substring(next.indexOf("page[after]=") + "page[after]=".length()).split("&")[0];

    assertError(get(THREADS + "?page[after]=" + cursor), 400, "invalid_query_parameter");
  }

  private static List<String> ids(Http.Response response) {
    List<String> ids = new ArrayList<>();
    response.data().forEach(item -> ids.add(item.get("id").asText()));
    return ids;
  }

  @Test
  void givenFilterOperators_answerMatches() {
    createThread("sms", "31611111111");
    createThread("sms", "31622222222");
    createThread("whatsapp", "44700000000");

    assertThat(get(THREADS + "?filter[identifier][prefix]=316").data()).hasSize(2);
    assertThat(get(THREADS + "?filter[identifier][suffix]=2222").data()).hasSize(1);
    assertThat(get(THREADS + "?filter[channel][eql]=WHATSAPP").data()).hasSize(1);
    assertThat(get(THREADS + "?filter[identifier][gt]=31611111111").data()).hasSize(2);
    assertThat(get(THREADS + "?filter[identifier][lte]=31622222222").data()).hasSize(2);
    assertThat(get(THREADS + "?filter[created_at][gt]=2022-02-05").data()).hasSize(3);
    assertThat(get(THREADS + "?filter[created_at][lt]=2022-02-05").data()).isEmpty();
    assertThat(get(THREADS + "?filter[chatbot_paused]=false").data()).hasSize(3);
    assertThat(get(THREADS + "?filter[identifier]=31611111111,44700000000").data()).hasSize(2);
  }

  @Test
  void givenMultiKeySort_ordersByEachKey() {
    createThread("whatsapp", "31611111111");
    createThread("sms", "31622222222");
    createThread("sms", "31633333333");

    Http.Response response = get(THREADS + "?sort=channel,-identifier");

    assertThat(response.data().get(0).at("/attributes/identifier").asText()).isEqualTo("31633333333");
    assertThat(response.data().get(1).at("/attributes/identifier").asText()).isEqualTo("31622222222");
    assertThat(response.data().get(2).at("/attributes/channel").asText()).isEqualTo("whatsapp");
  }
}
