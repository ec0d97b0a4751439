package dev.switchboard.adapter.http.contract;

import static dev.switchboard.adapter.http.testing.ApiResponseAssert.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapter.http.testing.ApiTestBase;
import dev.switchboard.adapter.http.testing.Http;
import org.junit.jupiter.api.Test;

/** {@code /messages}, including every example request and response of Recrubo's "Sending messages" guide. */
public abstract class MessageContract extends ApiTestBase {

  private static final String MESSAGES = B + "/messages";

  /** The guide's text message body, verbatim but for the thread id (which must exist here). */
  private static String guideTextMessage(String threadId) {
    return """
        {
          "data": {
            "type": "messages",
            "attributes": {
              "sendBy": "John",
              "payload": {
                "type": "text",
                "text": {
                  "value": "Hi, how are you!"
                }
              }
            },
            "relationships": {
              "messageThread": {
                "data": {
                  "type": "messageThreads",
                  "id": "%s"
                }
              }
            }
          }
        }
        """.formatted(threadId);
  }

  private static String guideTemplateMessage(String threadId, String templateId) {
    return """
        {
          "data": {
            "type": "messages",
            "attributes": {
              "sendBy": "Recrubo",
              "payload": {
                "type": "template",
                "template": {
                  "id": "%s",
                  "components": [
                    {
                      "type": "body",
                      "parameters": [
                        {
                          "text": "Recrubo",
                          "type": "text"
                        }
                      ]
                    }
                  ]
                }
              }
            },
            "relationships": {
              "messageThread": {
                "data": {
                  "type": "messageThreads",
                  "id": "%s"
                }
              }
            }
          }
        }
        """.formatted(templateId, threadId);
  }

  @Test
  void givenGuideTextMessage_post_answersTheGuideResponse() {
    String thread = candidateWrites("31612345678");

    Http.Response response = post(MESSAGES, guideTextMessage(thread));

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.location()).contains(MESSAGES + "/" + response.id());
    JsonNode data = response.data();
    assertThat(data.get("type").asText()).isEqualTo("messages");
    assertThat(data.get("id").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    JsonNode attributes = data.get("attributes");
    assertThat(attributes.get("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00");
    assertThat(attributes.get("updatedAt").asText()).isEqualTo(attributes.get("createdAt").asText());
    assertThat(attributes.get("sendBy").asText()).isEqualTo("John");
    assertThat(attributes.get("origin").asText()).isEqualTo("outbound");
    assertThat(attributes.get("messageThreadId").asText()).isEqualTo(thread);
    assertThat(attributes.get("payload")).isEqualTo(Http.parse("""
        {"text": {"value": "Hi, how are you!"}, "type": "text"}
        """));
    assertThat(attributes.get("deliveryStatus").asText()).isEqualTo("accepted");
    assertThat(attributes.get("errorMessages").isArray()).isTrue();
    assertThat(attributes.get("errorMessages")).isEmpty();
    assertThat(attributes.fieldNames()).toIterable().containsExactly(
        "createdAt", "updatedAt", "sendBy", "origin", "messageThreadId", "payload", "deliveryStatus", "errorMessages");
  }

  @Test
  void givenGuideTemplateMessage_post_isAccepted() {
    String thread = createThread("whatsapp", "31612345678");
    String template = createTemplate("welcome", "Welcome to {{1}}!");

    Http.Response response = post(MESSAGES, guideTemplateMessage(thread, template));

    assertThat(response.status()).as(response.body()).isEqualTo(201);
    assertThat(response.attributes().get("sendBy").asText()).isEqualTo("Recrubo");
    assertThat(response.attributes().get("payload")).isEqualTo(Http.parse("""
        {"template": {"id": "%s", "components": [{"type": "body", "parameters": [{"type": "text", "text": "Recrubo"}]}]},
         "type": "template"}
        """.formatted(template)));
  }

  @Test
  void givenMessageThreadIdAttribute_post_isAcceptedWithoutTheRelationship() {
    String thread = createThread("sms", "31612345678");

    Http.Response response = post(MESSAGES, """
        {"data": {"type": "messages", "attributes": {
          "sendBy": "John", "messageThreadId": "%s", "payload": {"type": "text", "text": {"value": "Hi"}}}}}
        """.formatted(thread));

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.attributes().get("messageThreadId").asText()).isEqualTo(thread);
  }

  @Test
  void givenAttributeAndRelationshipNamingDifferentThreads_post_is422() {
    String first = createThread("sms", "31612345678");
    String second = createThread("sms", "31687654321");

    Http.Response response = post(MESSAGES, """
        {"data": {"type": "messages",
                  "attributes": {"sendBy": "John", "messageThreadId": "%s",
                                 "payload": {"type": "text", "text": {"value": "Hi"}}},
                  "relationships": {"messageThread": {"data": {"type": "messageThreads", "id": "%s"}}}}}
        """.formatted(first, second));

    assertError(response, 422, "conflicting_message_thread");
  }

  @Test
  void givenNoThread_post_is422() {
    Http.Response response = post(MESSAGES, """
        {"data": {"type": "messages", "attributes": {"sendBy": "John", "payload": {"type": "text", "text": {"value": "Hi"}}}}}
        """);

    assertError(response, 422, "missing_message_thread");
  }

  @Test
  void givenUnknownThread_post_is404() {
    Http.Response response = post(MESSAGES, guideTextMessage("f45e395c-3a82-4360-9361-ec78769fdda0"));

    JsonNode error = assertError(response, 404, "not_found");
    assertThat(error.at("/source/pointer").asText()).isEqualTo("/data/relationships/messageThread/data/id");
  }

  @Test
  void givenClosedWhatsappWindow_postText_is422WithTheRuleCode_andNothingIsStored() {
    String thread = createThread("whatsapp", "31612345678");

    Http.Response response = post(MESSAGES, guideTextMessage(thread));

    assertError(response, 422, "outside_service_window");
    assertThat(get(MESSAGES).json().at("/meta/total").asLong()).isZero();
  }

  @Test
  void givenUnknownTemplate_post_is422() {
    String thread = createThread("whatsapp", "31612345678");

    Http.Response response = post(MESSAGES, guideTemplateMessage(thread, "7f8a9715-5e7c-4328-ab47-bb9e595438c9"));

    JsonNode error = assertError(response, 422, "template_not_found");
    assertThat(error.at("/source/pointer").asText()).isEqualTo("/data/attributes/payload/template/id");
  }

  @Test
  void givenTemplateParameterCountMismatch_post_is422WithTheRuleCode() {
    String thread = createThread("whatsapp", "31612345678");
    String template = createTemplate("two", "Hi {{1}}, see you {{2}}");

    Http.Response response = post(MESSAGES, guideTemplateMessage(thread, template));

    assertError(response, 422, "template_parameters_mismatch");
  }

  @Test
  void givenSmsOver1600Characters_post_is422() {
    String thread = createThread("sms", "31612345678");

    Http.Response response = post(MESSAGES, """
        {"data": {"type": "messages", "attributes": {"sendBy": "John", "messageThreadId": "%s",
          "payload": {"type": "text", "text": {"value": "%s"}}}}}
        """.formatted(thread, "x".repeat(1601)));

    assertError(response, 422, "sms_too_long");
  }

  @Test
  void givenCcOnWhatsapp_post_is422() {
    String thread = candidateWrites("31612345678");

    Http.Response response = post(MESSAGES, """
        {"data": {"type": "messages", "attributes": {"sendBy": "John", "messageThreadId": "%s", "cc": ["a@example.com"],
          "payload": {"type": "text", "text": {"value": "Hi"}}}}}
        """.formatted(thread));

    assertError(response, 422, "multiple_recipients_not_supported");
  }

  @Test
  void givenEmailThread_postWithSubjectCcBcc_answersThem() {
    String thread = createThread("email", "jane@example.com");

    Http.Response response = post(MESSAGES, """
        {"data": {"type": "messages", "attributes": {"sendBy": "John", "messageThreadId": "%s",
          "subject": "Your interview", "cc": ["boss@Example.com"], "bcc": ["archive@example.com"],
          "payload": {"type": "text", "text": {"value": "See you Monday"}}}}}
        """.formatted(thread));

    assertThat(response.status()).as(response.body()).isEqualTo(201);
    assertThat(response.attributes().get("subject").asText()).isEqualTo("Your interview");
    assertThat(response.attributes().get("cc").get(0).asText()).isEqualTo("boss@example.com");
    assertThat(response.attributes().get("bcc").get(0).asText()).isEqualTo("archive@example.com");
  }

  @Test
  void givenEmailThread_postWithInvalidCc_is422() {
    String thread = createThread("email", "jane@example.com");

    Http.Response response = post(MESSAGES, """
        {"data": {"type": "messages", "attributes": {"sendBy": "John", "messageThreadId": "%s", "cc": ["not an address"],
          "payload": {"type": "text", "text": {"value": "Hi"}}}}}
        """.formatted(thread));

    assertError(response, 422, "invalid_email_address");
  }

  @Test
  void givenMediaPayload_post_answersIt() {
    String thread = candidateWrites("31612345678");

    Http.Response response = post(MESSAGES, """
        {"data": {"type": "messages", "attributes": {"sendBy": "John", "messageThreadId": "%s",
          "payload": {"type": "image", "image": {"url": "https://cdn.example.com/a.png", "caption": "Our office"}}}}}
        """.formatted(thread));

    assertThat(response.status()).as(response.body()).isEqualTo(201);
    assertThat(response.attributes().get("payload")).isEqualTo(Http.parse("""
        {"image": {"url": "https://cdn.example.com/a.png", "caption": "Our office"}, "type": "image"}
        """));
  }

  @Test
  void givenMessage_getAndGetIncludeMessageThread_answerIt() {
    String thread = candidateWrites("31612345678");
    String id = sendText(thread, "Hi");

    Http.Response plain = get(MESSAGES + "/" + id);
    Http.Response included = get(MESSAGES + "/" + id + "?include=messageThread");

    assertThat(plain.status()).isEqualTo(200);
    assertThat(plain.json().has("included")).isFalse();
    assertThat(included.status()).isEqualTo(200);
    assertThat(included.json().get("included")).hasSize(1);
    assertThat(included.json().at("/included/0/type").asText()).isEqualTo("messageThreads");
    assertThat(included.json().at("/included/0/id").asText()).isEqualTo(thread);
  }

  @Test
  void givenGuideFetchExample_filterByMessageThreadId_answersOnlyThatThreadsMessages() {
    String thread = candidateWrites("31612345678");
    String other = candidateWrites("31687654321");
    sendText(thread, "one");
    sendText(other, "two");

    Http.Response response = get(MESSAGES + "?filter[messageThreadId]=" + thread);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.data()).hasSize(2);
    response.data().forEach(message ->
        assertThat(message.at("/attributes/messageThreadId").asText()).isEqualTo(thread));
  }

  @Test
  void givenMessages_filterDeliveryStatusSnakeCaseCommaList_answersMatches() {
    String thread = candidateWrites("31612345678");
    sendText(thread, "one");

    Http.Response list = get(MESSAGES + "?filter[delivery_status]=sent,accepted");
    Http.Response match = get(MESSAGES + "?filter[delivery_status][match]=sent,accepted");
    Http.Response received = get(MESSAGES + "?filter[deliveryStatus]=received");

    assertThat(list.data()).hasSize(1);
    assertThat(match.data()).hasSize(1);
    assertThat(received.data()).hasSize(1);
    assertThat(received.data().get(0).at("/attributes/origin").asText()).isEqualTo("inbound");
  }

  @Test
  void givenMessages_listIncludeMessageThread_includesEachThreadOnce() {
    String thread = candidateWrites("31612345678");
    sendText(thread, "one");

    Http.Response response = get(MESSAGES + "?include=messageThread");

    assertThat(response.data()).hasSize(2);
    assertThat(response.json().get("included")).hasSize(1);
  }

  @Test
  void givenUnsentMessage_patchSendByAndPayload_answers200() {
    String thread = candidateWrites("31612345678");
    String id = sendText(thread, "Hi");

    Http.Response response = patch(MESSAGES + "/" + id, """
        {"data": {"type": "messages", "id": "%s", "attributes": {"sendBy": "Jane",
          "payload": {"type": "text", "text": {"value": "Hello instead"}}}}}
        """.formatted(id));

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.attributes().get("sendBy").asText()).isEqualTo("Jane");
    assertThat(response.attributes().at("/payload/text/value").asText()).isEqualTo("Hello instead");
  }

  @Test
  void givenInboundMessage_patch_is422NotEditable() {
    candidateWrites("31612345678");
    String inbound = get(MESSAGES).data().get(0).get("id").asText();

    Http.Response response = patch(MESSAGES + "/" + inbound, """
        {"data": {"type": "messages", "attributes": {"sendBy": "Jane"}}}
        """);

    assertError(response, 422, "message_not_editable");
  }

  @Test
  void givenMessage_patchReadOnlyAttribute_is400() {
    String thread = candidateWrites("31612345678");
    String id = sendText(thread, "Hi");

    Http.Response status = patch(MESSAGES + "/" + id, """
        {"data": {"type": "messages", "attributes": {"deliveryStatus": "read"}}}
        """);
    Http.Response threadId = patch(MESSAGES + "/" + id, """
        {"data": {"type": "messages", "attributes": {"messageThreadId": "%s"}}}
        """.formatted(thread));

    assertError(status, 400, "read_only_attribute");
    assertError(threadId, 400, "read_only_attribute");
  }

  @Test
  void givenMessage_delete_answers204_andItIsGone() {
    String thread = candidateWrites("31612345678");
    String id = sendText(thread, "Hi");

    assertThat(delete(MESSAGES + "/" + id).status()).isEqualTo(204);
    assertError(get(MESSAGES + "/" + id), 404, "not_found");
    assertError(delete(MESSAGES + "/" + id), 404, "not_found");
  }

  @Test
  void givenThreadWithMessages_guideAlternativeFetch_includeMessagesOnTheThread() {
    String thread = candidateWrites("31612345678");
    sendText(thread, "Hi");

    Http.Response response = get(B + "/message-threads/" + thread + "?include=messages");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("included")).hasSize(2);
  }
}
