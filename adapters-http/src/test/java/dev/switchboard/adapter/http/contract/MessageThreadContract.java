package dev.switchboard.adapter.http.contract;

import static dev.switchboard.adapter.http.testing.ApiResponseAssert.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapter.http.testing.ApiTestBase;
import dev.switchboard.adapter.http.testing.Http;
import org.junit.jupiter.api.Test;

/** {@code /message-threads}, including every example of Recrubo's MessageThread page. */
public abstract class MessageThreadContract extends ApiTestBase {

  private static final String THREADS = B + "/message-threads";

  @Test
  void givenRecruboExamplePostBody_create_answers201WithTheThreadAndLocation() {
    Http.Response response = post(THREADS, """
        {"data": {"type": "messageThreads", "attributes": {"channel": "whatsapp", "identifier": "31612345678"}}}
        """);

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.header("Content-Type")).isEqualTo("application/vnd.api+json");
    assertThat(response.location()).contains(THREADS + "/" + response.id());
    assertThat(response.data().get("type").asText()).isEqualTo("messageThreads");
    JsonNode attributes = response.attributes();
    assertThat(attributes.get("channel").asText()).isEqualTo("whatsapp");
    assertThat(attributes.get("identifier").asText()).isEqualTo("31612345678");
    assertThat(attributes.get("chatbotPaused").asBoolean()).isFalse();
    assertThat(attributes.get("serviceWindowExpiresAt").isNull()).isTrue();
    assertThat(attributes.get("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00");
    assertThat(attributes.get("updatedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00");
  }

  @Test
  void givenRequiredFieldsTable_create_acceptsChatbotPaused() {
    Http.Response response = post(THREADS, """
        {"data": {"type": "messageThreads",
                  "attributes": {"channel": "whatsapp", "identifier": "31612345678", "chatbotPaused": true}}}
        """);

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.attributes().get("chatbotPaused").asBoolean()).isTrue();
  }

  @Test
  void givenExistingThread_createSameChannelAndIdentifier_is422Unique() {
    createThread("whatsapp", "31612345678");

    Http.Response response = post(THREADS, """
        {"data": {"type": "messageThreads", "attributes": {"channel": "whatsapp", "identifier": "+31 6 1234 5678"}}}
        """);

    JsonNode error = assertError(response, 422, "identifier_taken");
    assertThat(error.get("detail").asText()).isEqualTo("combination of identifier and channel should be unique");
    assertThat(error.at("/source/pointer").asText()).isEqualTo("/data/attributes/identifier");
  }

  @Test
  void givenWhatsappNumberWithoutCountryCode_create_is422CountryCode() {
    Http.Response response = post(THREADS, """
        {"data": {"type": "messageThreads", "attributes": {"channel": "whatsapp", "identifier": "0612345678"}}}
        """);

    JsonNode error = assertError(response, 422, "invalid_phone_number");
    assertThat(error.get("detail").asText()).isEqualTo("Phone number must have a country code when channel is whatsapp");
    assertThat(error.at("/source/pointer").asText()).isEqualTo("/data/attributes/identifier");
  }

  @Test
  void givenWhatsappNumberWithoutCountryCode_patch_is422CountryCode() {
    String id = createThread("whatsapp", "31612345678");

    Http.Response response = patch(THREADS + "/" + id, """
        {"data": {"type": "messageThreads", "id": "%s", "attributes": {"identifier": "0612345678"}}}
        """.formatted(id));

    assertError(response, 422, "invalid_phone_number");
  }

  @Test
  void givenUnknownChannel_create_is422() {
    Http.Response response = post(THREADS, """
        {"data": {"type": "messageThreads", "attributes": {"channel": "facebook-messenger", "identifier": "123"}}}
        """);

    assertError(response, 422, "invalid_channel");
  }

  @Test
  void givenMissingIdentifier_create_is422WithPointer() {
    Http.Response response = post(THREADS, """
        {"data": {"type": "messageThreads", "attributes": {"channel": "sms"}}}
        """);

    JsonNode error = assertError(response, 422, "missing_attribute");
    assertThat(error.at("/source/pointer").asText()).isEqualTo("/data/attributes/identifier");
  }

  @Test
  void givenThread_get_answersIt() {
    String id = createThread("sms", "+44 7700 900123");

    Http.Response response = get(THREADS + "/" + id);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.id()).isEqualTo(id);
    assertThat(response.attributes().get("identifier").asText()).isEqualTo("447700900123");
    assertThat(response.data().at("/links/self").asText()).isEqualTo(THREADS + "/" + id);
  }

  @Test
  void givenThreadWithMessages_getIncludeMessages_answersThemInIncluded() {
    String id = candidateWrites("31612345678");
    String sent = sendText(id, "Hi, how are you!");

    Http.Response response = get(THREADS + "/" + id + "?include=messages");

    assertThat(response.status()).isEqualTo(200);
    JsonNode included = response.json().get("included");
    assertThat(included).hasSize(2);
    assertThat(included.get(0).get("type").asText()).isEqualTo("messages");
    assertThat(included.get(0).at("/attributes/origin").asText()).isEqualTo("inbound");
    assertThat(included.get(1).get("id").asText()).isEqualTo(sent);
    assertThat(response.data().at("/relationships/messages/data")).hasSize(2);
    assertThat(response.attributes().get("serviceWindowExpiresAt").isTextual()).isTrue();
  }

  @Test
  void givenThreads_listIncludeMessages_includesEveryThreadsMessages() {
    String first = candidateWrites("31612345678");
    String second = candidateWrites("31687654321");
    sendText(second, "Hello");

    Http.Response response = get(THREADS + "?include=messages");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.data()).hasSize(2);
    assertThat(response.json().get("included")).hasSize(3);
    assertThat(response.data().get(0).get("id").asText()).isEqualTo(first);
    assertThat(response.data().get(1).at("/relationships/messages/data")).hasSize(2);
  }

  @Test
  void givenThread_patchChatbotPausedAndIdentifier_answers200() {
    String id = createThread("whatsapp", "31612345678");

    Http.Response response = patch(THREADS + "/" + id, """
        {"data": {"type": "messageThreads", "id": "%s",
                  "attributes": {"chatbotPaused": true, "identifier": "31687654321"}}}
        """.formatted(id));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.attributes().get("chatbotPaused").asBoolean()).isTrue();
    assertThat(response.attributes().get("identifier").asText()).isEqualTo("31687654321");
  }

  @Test
  void givenThread_patchWithoutIdInBody_answers200() {
    String id = createThread("whatsapp", "31612345678");

    Http.Response response = patch(THREADS + "/" + id, """
        {"data": {"type": "messageThreads", "attributes": {"chatbotPaused": true}}}
        """);

    assertThat(response.status()).isEqualTo(200);
  }

  @Test
  void givenThreadWithoutCandidate_patchCandidateRelationship_setsIt_andChangingItLaterIs422() {
    String id = createThread("whatsapp", "31612345678");
    String candidate = "5b7a40d8-7b8e-4f4b-9d59-8d3c1f0a2b11";

    Http.Response set = patch(THREADS + "/" + id, """
        {"data": {"type": "messageThreads", "id": "%s",
                  "relationships": {"candidate": {"data": {"type": "candidates", "id": "%s"}}}}}
        """.formatted(id, candidate));
    Http.Response same = patch(THREADS + "/" + id, """
        {"data": {"type": "messageThreads", "id": "%s", "attributes": {"candidateId": "%s"}}}
        """.formatted(id, candidate));
    Http.Response other = patch(THREADS + "/" + id, """
        {"data": {"type": "messageThreads", "id": "%s",
                  "attributes": {"candidateId": "0e6d1c9a-3f0b-4a7e-8f55-6f1d2a3b4c5d"}}}
        """.formatted(id));

    assertThat(set.status()).isEqualTo(200);
    assertThat(set.attributes().get("candidateId").asText()).isEqualTo(candidate);
    assertThat(set.data().at("/relationships/candidate/data/id").asText()).isEqualTo(candidate);
    assertThat(same.status()).isEqualTo(200);
    assertError(other, 422, "candidate_already_assigned");
  }

  @Test
  void givenThreadWithCandidate_patchCandidateIdNull_is422() {
    String id = createThread("whatsapp", "31612345678");
    patch(THREADS + "/" + id, """
        {"data": {"type": "messageThreads", "attributes": {"candidateId": "5b7a40d8-7b8e-4f4b-9d59-8d3c1f0a2b11"}}}
        """);

    Http.Response response = patch(THREADS + "/" + id, """
        {"data": {"type": "messageThreads", "attributes": {"candidateId": null}}}
        """);

    assertError(response, 422, "candidate_already_assigned");
  }

  @Test
  void givenThread_patchAnotherChannel_is422() {
    String id = createThread("whatsapp", "31612345678");

    Http.Response response = patch(THREADS + "/" + id, """
        {"data": {"type": "messageThreads", "attributes": {"channel": "sms"}}}
        """);

    assertError(response, 422, "channel_immutable");
  }

  @Test
  void givenTwoThreads_patchIdentifierOfTheOther_is422Unique() {
    createThread("whatsapp", "31612345678");
    String id = createThread("whatsapp", "31687654321");

    Http.Response response = patch(THREADS + "/" + id, """
        {"data": {"type": "messageThreads", "attributes": {"identifier": "31612345678"}}}
        """);

    assertThat(assertError(response, 422, "identifier_taken").get("detail").asText())
        .isEqualTo("combination of identifier and channel should be unique");
  }

  @Test
  void givenReadOnlyAttribute_patch_is400NamingIt() {
    String id = createThread("whatsapp", "31612345678");

    Http.Response response = patch(THREADS + "/" + id, """
        {"data": {"type": "messageThreads", "attributes": {"serviceWindowExpiresAt": "2024-05-07T14:20:46+00:00"}}}
        """);

    JsonNode error = assertError(response, 400, "read_only_attribute");
    assertThat(error.at("/source/pointer").asText()).isEqualTo("/data/attributes/serviceWindowExpiresAt");
  }

  @Test
  void givenThread_delete_answers204_andThenItIsGone() {
    String id = createThread("whatsapp", "31612345678");

    Http.Response deleted = delete(THREADS + "/" + id);
    Http.Response after = get(THREADS + "/" + id);
    Http.Response again = delete(THREADS + "/" + id);

    assertThat(deleted.status()).isEqualTo(204);
    assertThat(deleted.body()).isEmpty();
    assertError(after, 404, "not_found");
    assertError(again, 404, "not_found");
  }

  @Test
  void givenUnknownOrMalformedId_get_is404() {
    assertError(get(THREADS + "/0e6d1c9a-3f0b-4a7e-8f55-6f1d2a3b4c5d"), 404, "not_found");
    assertError(get(THREADS + "/not-a-uuid"), 404, "not_found");
    assertError(patch(THREADS + "/not-a-uuid", "{\"data\":{\"type\":\"messageThreads\"}}"), 404, "not_found");
    assertError(delete(THREADS + "/12345"), 404, "not_found");
  }

  @Test
  void givenThreads_filterByChannelAndSortByIdentifierDescending_answersThemInOrder() {
    createThread("whatsapp", "31611111111");
    createThread("sms", "31622222222");
    createThread("whatsapp", "31633333333");

    Http.Response response = get(THREADS + "?filter[channel]=whatsapp&sort=-identifier");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.data()).hasSize(2);
    assertThat(response.data().get(0).at("/attributes/identifier").asText()).isEqualTo("31633333333");
    assertThat(response.data().get(1).at("/attributes/identifier").asText()).isEqualTo("31611111111");
    assertThat(response.json().at("/meta/total").asLong()).isEqualTo(2);
    assertThat(response.json().at("/meta/totalUnfiltered").asLong()).isEqualTo(3);
  }
}
