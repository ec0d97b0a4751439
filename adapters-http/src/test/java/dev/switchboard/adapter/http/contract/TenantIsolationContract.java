package dev.switchboard.adapter.http.contract;

import static dev.switchboard.adapter.http.testing.ApiResponseAssert.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.http.testing.ApiTestBase;
import dev.switchboard.adapter.http.testing.Http;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A key of one organization gets 404 for every id of another, on every route, and never sees its rows in lists. */
public abstract class TenantIsolationContract extends ApiTestBase {

  private String otherKey;
  private String otherThread;
  private String otherMessage;
  private String otherTemplate;
  private String otherOrganization;

  @BeforeEach
  void otherOrganizationWithData() {
    otherKey = secondOrganizationKey();
    otherOrganization = organizationOf(otherKey).toString();
    otherThread = candidateWrites(otherKey, "31612345678");
    Http.Response message = http.request("POST", B + "/messages").key(otherKey).json("""
        {"data": {"type": "messages", "attributes": {"sendBy": "Them", "messageThreadId": "%s",
          "payload": {"type": "text", "text": {"value": "secret"}}}}}
        """.formatted(otherThread)).send();
    assertThat(message.status()).isEqualTo(201);
    otherMessage = message.id();
    Http.Response template = http.request("POST", B + "/message-templates").key(otherKey).json("""
        {"data": {"type": "messageTemplates", "attributes": {"name": "theirs", "language": "en",
          "category": "UTILITY", "components": [{"type": "BODY", "text": "Hi {{1}}"}]}}}
        """).send();
    assertThat(template.status()).isEqualTo(201);
    otherTemplate = template.id();
  }

  @Test
  void givenAnotherOrganizationsIds_everyRouteIs404() {
    String threadPath = B + "/message-threads/" + otherThread;
    String messagePath = B + "/messages/" + otherMessage;
    String templatePath = B + "/message-templates/" + otherTemplate;

    List<Http.Response> responses = List.of(
        get(threadPath),
        get(threadPath + "?include=messages"),
        patch(threadPath, "{\"data\":{\"type\":\"messageThreads\",\"attributes\":{\"chatbotPaused\":true}}}"),
        delete(threadPath),
        get(messagePath),
        patch(messagePath, "{\"data\":{\"type\":\"messages\",\"attributes\":{\"sendBy\":\"me\"}}}"),
        delete(messagePath),
        get(templatePath),
        delete(templatePath),
        get(B + "/organizations/" + otherOrganization),
        patch(B + "/organizations/" + otherOrganization,
            "{\"data\":{\"type\":\"organizations\",\"attributes\":{\"name\":\"pwned\"}}}"));

    assertThat(responses).allSatisfy(response -> assertError(response, 404, "not_found"));
  }

  @Test
  void givenAnotherOrganizationsThread_sendingToItIs404() {
    Http.Response response = post(B + "/messages", """
        {"data": {"type": "messages", "attributes": {"sendBy": "Me", "messageThreadId": "%s",
          "payload": {"type": "text", "text": {"value": "hi"}}}}}
        """.formatted(otherThread));

    assertError(response, 404, "not_found");
  }

  @Test
  void givenAnotherOrganizationsTemplate_sendingItIs422TemplateNotFound() {
    String thread = createThread("whatsapp", "31612345678");

    Http.Response response = post(B + "/messages", """
        {"data": {"type": "messages", "attributes": {"sendBy": "Me", "messageThreadId": "%s",
          "payload": {"type": "template", "template": {"id": "%s",
            "components": [{"type": "body", "parameters": [{"type": "text", "text": "x"}]}]}}}}}
        """.formatted(thread, otherTemplate));

    assertError(response, 422, "template_not_found");
  }

  @Test
  void givenAnotherOrganizationsData_listsNeverShowIt() {
    assertThat(get(B + "/message-threads").data()).isEmpty();
    assertThat(get(B + "/messages").data()).isEmpty();
    assertThat(get(B + "/messages?filter[messageThreadId]=" + otherThread).data()).isEmpty();
    assertThat(get(B + "/message-templates").data()).isEmpty();
    assertThat(get(B + "/message-threads").json().at("/meta/totalUnfiltered").asLong()).isZero();
  }

  @Test
  void givenAnotherOrganizationsData_itIsUntouchedAfterTheAttempts() {
    delete(B + "/message-threads/" + otherThread);
    delete(B + "/messages/" + otherMessage);

    Http.Response stillThere = http.request("GET", B + "/messages/" + otherMessage).key(otherKey).send();

    assertThat(stillThere.status()).isEqualTo(200);
    assertThat(stillThere.attributes().at("/payload/text/value").asText()).isEqualTo("secret");
  }
}
