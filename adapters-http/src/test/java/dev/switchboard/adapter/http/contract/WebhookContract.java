package dev.switchboard.adapter.http.contract;

import static dev.switchboard.adapter.http.testing.ApiResponseAssert.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapter.http.testing.ApiTestBase;
import dev.switchboard.adapter.http.testing.Http;
import dev.switchboard.adapter.http.testing.WebhookReceiver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /webhooks} and {@code /webhook-logs}, and delivery end to end: the workers run on the test thread and post
 * to real receivers on loopback, which verify every Standard Webhooks signature independently. The retry schedule
 * is five retries 100 ms apart.
 */
public abstract class WebhookContract extends ApiTestBase {

  private static final String WEBHOOKS = B + "/webhooks";
  private static final String LOGS = B + "/webhook-logs";
  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  private static final Duration PATIENCE = Duration.ofSeconds(10);

  private final List<WebhookReceiver> receivers = new ArrayList<>();

  private WebhookReceiver receiver;

  @BeforeEach
  void startReceiver() {
    receiver = newReceiver(SECRET);
  }

  @AfterEach
  void stopReceivers() {
    receivers.forEach(WebhookReceiver::close);
  }

  private WebhookReceiver newReceiver(String secret) {
    WebhookReceiver started = new WebhookReceiver(secret);
    receivers.add(started);
    return started;
  }

  private void useDestination(String key, WebhookReceiver target, String secret) {
    Http.Response response = http.request("PATCH", B + "/organizations").key(key).json("""
        {"data": {"type": "organizations", "attributes": {"webhookUrl": "%s", "webhookSecret": "%s"}}}
        """.formatted(target.url(), secret)).send();
    assertThat(response.status()).as(response.body()).isEqualTo(200);
  }

  private String subscribe(String key, String resource, String event, String fieldsJson) {
    Http.Response response = http.request("POST", WEBHOOKS).key(key).json("""
        {"data": {"type": "webhooks", "attributes": {"resource": "%s", "event": "%s", "fields": %s}}}
        """.formatted(resource, event, fieldsJson)).send();
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.id();
  }

  private String subscribe(String resource, String event) {
    return subscribe(ORG_KEY, resource, event, "[]");
  }

  private void deliverUntil(java.util.function.BooleanSupplier done) {
    backend.work().deliverWebhooksUntil(done, PATIENCE);
  }

  // ---- subscriptions ----

  @Test
  void givenRecruboStyleBody_create_answers201_andTheWebhookCanBeReadChangedAndDeleted() {
    useDestination(ORG_KEY, receiver, SECRET);

    Http.Response created = post(WEBHOOKS, """
        {"data": {"type": "webhooks", "attributes": {"resource": "messages", "event": "update",
          "fields": ["deliveryStatus"], "url": "https://crm.example.com/hooks"}}}
        """);
    String id = created.id();
    Http.Response read = get(WEBHOOKS + "/" + id);
    Http.Response changed = patch(WEBHOOKS + "/" + id, """
        {"data": {"type": "webhooks", "id": "%s", "attributes": {"url": null, "fields": ["deliveryStatus", "errorMessages"]}}}
        """.formatted(id));
    Http.Response listed = get(WEBHOOKS + "?filter[event]=update");
    Http.Response deleted = delete(WEBHOOKS + "/" + id);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.location()).contains(WEBHOOKS + "/" + id);
    assertThat(created.data().get("type").asText()).isEqualTo("webhooks");
    assertThat(created.attributes().get("resource").asText()).isEqualTo("messages");
    assertThat(created.attributes().get("fields").get(0).asText()).isEqualTo("deliveryStatus");
    assertThat(read.attributes().get("url").asText()).isEqualTo("https://crm.example.com/hooks");
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.attributes().get("url").isNull()).isTrue();
    assertThat(changed.attributes().get("fields")).hasSize(2);
    assertThat(listed.data()).hasSize(1);
    assertThat(deleted.status()).isEqualTo(204);
    assertError(get(WEBHOOKS + "/" + id), 404, "not_found");
  }

  @Test
  void givenInvalidSettings_createAndPatch_are4xxJsonApiErrors() {
    useDestination(ORG_KEY, receiver, SECRET);
    String id = subscribe("messages", "update");

    assertError(post(WEBHOOKS, body("{\"resource\": \"candidates\", \"event\": \"create\"}")), 422, "invalid_resource");
    assertError(post(WEBHOOKS, body("{\"resource\": \"messages\", \"event\": \"created\"}")), 422, "invalid_event");
    assertError(post(WEBHOOKS, body("{\"resource\": \"messages\"}")), 422, "missing_attribute");
    assertError(post(WEBHOOKS, body(
        "{\"resource\": \"messages\", \"event\": \"create\", \"fields\": [\"sendBy\"]}")), 422, "invalid_fields");
    assertError(post(WEBHOOKS, body(
        "{\"resource\": \"messages\", \"event\": \"update\", \"fields\": \"sendBy\"}")), 400, "invalid_type");
    assertError(post(WEBHOOKS, body(
        "{\"resource\": \"messages\", \"event\": \"create\", \"url\": \"ftp://x.example.com\"}")), 422,
        "invalid_webhook_url");
    assertError(post(WEBHOOKS, body(
        "{\"resource\": \"messages\", \"event\": \"create\", \"url\": \"http://exa mple.com\"}")), 422,
        "invalid_webhook_url");
    assertError(post(WEBHOOKS, body("{\"resource\": \"messages\", \"event\": \"create\", \"secret\": \"x\"}")), 400,
        "unknown_attribute");
    assertError(post(WEBHOOKS, """
        {"data": {"type": "messages", "attributes": {"resource": "messages", "event": "create"}}}
        """), 409, "type_mismatch");
    assertError(patch(WEBHOOKS + "/" + id, """
        {"data": {"type": "webhooks", "id": "%s", "attributes": {"event": null}}}
        """.formatted(id)), 422, "null_attribute");
    assertError(get(WEBHOOKS + "/not-a-uuid"), 404, "not_found");
  }

  private static String body(String attributes) {
    return "{\"data\": {\"type\": \"webhooks\", \"attributes\": " + attributes + "}}";
  }

  @Test
  void givenNoOrganizationUrl_aWebhookWithoutItsOwnUrl_isRefused() {
    Http.Response response = post(WEBHOOKS, body("{\"resource\": \"messages\", \"event\": \"create\"}"));

    assertError(response, 422, "no_webhook_destination");
  }

  // ---- delivery ----

  @Test
  void givenASubscription_aChangeIsPostedSigned_andLogged() {
    useDestination(ORG_KEY, receiver, SECRET);
    String webhookId = subscribe("messageThreads", "create");
    String threadId = createThread("sms", "+31 6 1234 5678");

    deliverUntil(() -> receiver.accepted().size() == 1);

    WebhookReceiver.Received received = receiver.accepted().getFirst();
    JsonNode data = received.payload().get("data");
    assertThat(received.signatureProblem()).isEmpty();
    assertThat(received.secretHeader()).isEqualTo(SECRET);
    assertThat(received.recruboSecretHeader()).isEqualTo(SECRET);
    assertThat(data.get("type").asText()).isEqualTo("webhookPayload");
    assertThat(data.get("id").asText()).isEqualTo(received.id());
    assertThat(received.attributes().get("webhookId").asText()).isEqualTo(webhookId);
    assertThat(received.attributes().get("event").asText()).isEqualTo("create");
    assertThat(received.attributes().get("fields")).isEmpty();
    assertThat(received.attributes().at("/resource/type").asText()).isEqualTo("messageThreads");
    assertThat(received.attributes().at("/resource/id").asText()).isEqualTo(threadId);
    assertThat(received.attributes().at("/resource/attributes/identifier").asText()).isEqualTo("31612345678");
    Http.Response log = get(LOGS + "/" + data.get("id").asText());
    assertThat(log.status()).as(log.body()).isEqualTo(200);
    assertThat(log.data().get("type").asText()).isEqualTo("webhookLogs");
    assertThat(log.attributes().get("status").asText()).isEqualTo("delivered");
    assertThat(log.attributes().get("webhookId").asText()).isEqualTo(webhookId);
    assertThat(log.attributes().get("resourceType").asText()).isEqualTo("messageThreads");
    assertThat(log.attributes().get("resourceId").asText()).isEqualTo(threadId);
    assertThat(log.attributes().at("/attempts/0/responseCode").asInt()).isEqualTo(204);
    assertThat(log.attributes().get("nextAttemptAt").isNull()).isTrue();
    assertThat(log.body()).doesNotContain(SECRET);
  }

  @Test
  void givenAPlainSecret_theSignatureUsesItsUtf8Bytes() {
    String plain = "my-plain-secret";
    WebhookReceiver plainReceiver = newReceiver(plain);
    useDestination(ORG_KEY, plainReceiver, plain);
    subscribe("messageThreads", "create");
    createThread("sms", "+31 6 1234 5678");

    deliverUntil(() -> plainReceiver.accepted().size() == 1);

    assertThat(plainReceiver.accepted().getFirst().signatureProblem()).isEmpty();
  }

  @Test
  void givenAReceiverThatFailsThreeTimes_itGetsTheEventOnceInTheEnd() {
    useDestination(ORG_KEY, receiver, SECRET);
    receiver.answering(500, 503, 429);
    subscribe("messageThreads", "create");
    createThread("sms", "+31 6 1234 5678");

    deliverUntil(() -> receiver.accepted().size() == 1);
    backend.work().deliverWebhooksDueNow();

    assertThat(receiver.all()).hasSize(4);
    assertThat(receiver.all()).allSatisfy(request -> assertThat(request.signatureProblem()).isEmpty());
    assertThat(receiver.all()).extracting(WebhookReceiver.Received::id).containsOnly(receiver.all().getFirst().id());
    Http.Response log = get(LOGS + "/" + receiver.accepted().getFirst().id());
    assertThat(log.attributes().get("attempts")).extracting(attempt -> attempt.get("responseCode").asInt())
        .containsExactly(500, 503, 429, 204);
    assertThat(log.attributes().at("/attempts/0/responseBody").asText()).isEqualTo("answered 500");
  }

  @Test
  void givenAReceiverDownForTheWholeSchedule_theLogFails_andRedeliverCompletesIt() {
    useDestination(ORG_KEY, receiver, SECRET);
    receiver.answering(500, 500, 500, 500, 500, 500);
    subscribe("messageThreads", "create");
    createThread("sms", "+31 6 1234 5678");
    deliverUntil(() -> receiver.all().size() == 6);
    String logId = receiver.all().getFirst().id();
    deliverUntil(() -> get(LOGS + "/" + logId).attributes().get("status").asText().equals("failed"));

    Http.Response failed = get(LOGS + "/" + logId);
    Http.Response redelivered = post(LOGS + "/" + logId + "/redeliver", "");
    deliverUntil(() -> receiver.accepted().size() == 1);
    Http.Response done = get(LOGS + "/" + logId);

    assertThat(failed.attributes().get("attempts")).hasSize(6);
    assertThat(redelivered.status()).as(redelivered.body()).isEqualTo(200);
    assertThat(redelivered.attributes().get("status").asText()).isEqualTo("pending");
    assertThat(done.attributes().get("status").asText()).isEqualTo("delivered");
    assertThat(receiver.accepted().getFirst().id()).isEqualTo(logId);
    assertError(post(LOGS + "/" + logId + "/redeliver", ""), 409, "delivery_not_failed");
    assertError(post(LOGS + "/" + java.util.UUID.randomUUID() + "/redeliver", ""), 404, "not_found");
  }

  @Test
  void givenAStatusOnlyWebhook_itFiresOnTheStatusChange_butNotOnASendByEdit() {
    useDestination(ORG_KEY, receiver, SECRET);
    subscribe(ORG_KEY, "messages", "update", "[\"deliveryStatus\"]");
    String threadId = createThread("sms", "+31 6 1234 5678");
    String messageId = sendText(threadId, "Hi");
    Http.Response edited = patch(B + "/messages/" + messageId, """
        {"data": {"type": "messages", "id": "%s", "attributes": {"sendBy": "Someone else"}}}
        """.formatted(messageId));
    assertThat(edited.status()).as(edited.body()).isEqualTo(200);
    backend.work().deliverWebhooksDueNow();
    int beforeTheStatusChange = receiver.all().size();

    backend.work().dispatch().dispatchDue();
    deliverUntil(() -> receiver.accepted().size() == 1);

    assertThat(beforeTheStatusChange).isZero();
    WebhookReceiver.Received received = receiver.accepted().getFirst();
    assertThat(received.attributes().get("fields").toString()).contains("deliveryStatus");
    assertThat(received.attributes().at("/resource/attributes/deliveryStatus").asText()).isEqualTo("sent");
    assertThat(received.attributes().at("/resource/attributes/sendBy").asText()).isEqualTo("Someone else");
  }

  @Test
  void givenADeletedThread_theDeleteWebhookCarriesItsLastState() {
    useDestination(ORG_KEY, receiver, SECRET);
    subscribe("messageThreads", "delete");
    String threadId = createThread("sms", "+31 6 1234 5678");
    assertThat(delete(B + "/message-threads/" + threadId).status()).isEqualTo(204);

    deliverUntil(() -> receiver.accepted().size() == 1);

    assertThat(receiver.accepted().getFirst().attributes().at("/resource/id").asText()).isEqualTo(threadId);
    assertThat(receiver.accepted().getFirst().attributes().at("/resource/attributes/channel").asText()).isEqualTo("sms");
  }

  @Test
  void givenAChannelsCreateWebhook_aNewChannelIsPostedAsTheApiShowsIt_withoutCredentialValues() {
    String authToken = "twilio-auth-token-do-not-leak";
    useDestination(ORG_KEY, receiver, SECRET);
    backend.work().deliverWebhooksDueNow(); // the sandbox channels made when the organization was provisioned
    String webhookId = subscribe("channels", "create");
    Http.Response created = post(B + "/channels", """
        {"data": {"type": "channels", "attributes": {"platform": "sms", "provider": "twilio",
          "settings": {"accountSid": "AC0123456789", "fromNumber": "+15550001111"},
          "credentials": {"authToken": "%s"}, "apiBaseUrl": "https://twilio-stub.example.com"}}}
        """.formatted(authToken));
    assertThat(created.status()).as(created.body()).isEqualTo(201);

    deliverUntil(() -> receiver.accepted().size() == 1);
    backend.work().deliverWebhooksDueNow();

    WebhookReceiver.Received received = receiver.accepted().getFirst();
    assertThat(receiver.all()).hasSize(1);
    assertThat(received.signatureProblem()).isEmpty();
    assertThat(received.attributes().get("webhookId").asText()).isEqualTo(webhookId);
    assertThat(received.attributes().get("event").asText()).isEqualTo("create");
    assertThat(received.attributes().get("fields")).isEmpty();
    JsonNode resource = received.attributes().get("resource");
    assertThat(resource).isEqualTo(get(B + "/channels/" + created.id()).data());
    assertThat(resource.get("type").asText()).isEqualTo("channels");
    assertThat(resource.get("id").asText()).isEqualTo(created.id());
    assertThat(resource.at("/attributes/configuredCredentials").toString()).isEqualTo("[\"authToken\"]");
    assertThat(resource.at("/attributes/callbackUrl").asText()).endsWith("/providers/twilio/" + created.id());
    assertThat(received.payload().toString()).doesNotContain(authToken).doesNotContain("[redacted]");
    Http.Response log = get(LOGS + "/" + received.id());
    assertThat(log.attributes().get("resourceType").asText()).isEqualTo("channels");
    assertThat(log.body()).doesNotContain(authToken);
  }

  @Test
  void givenTwoOrganizations_eachReceivesOnlyItsOwnEvents_andSeesOnlyItsOwnLog() {
    String otherKey = secondOrganizationKey();
    WebhookReceiver otherReceiver = newReceiver(SECRET);
    useDestination(ORG_KEY, receiver, SECRET);
    useDestination(otherKey, otherReceiver, SECRET);
    subscribe("messageThreads", "create");
    subscribe(otherKey, "messageThreads", "create", "[]");
    String mine = createThread("sms", "+31 6 1234 5678");
    String theirs = createThread(otherKey, "sms", "+31 6 8765 4321");

    deliverUntil(() -> receiver.accepted().size() == 1 && otherReceiver.accepted().size() == 1);
    backend.work().deliverWebhooksDueNow();

    assertThat(receiver.all()).singleElement()
        .satisfies(request -> assertThat(request.attributes().at("/resource/id").asText()).isEqualTo(mine));
    assertThat(otherReceiver.all()).singleElement()
        .satisfies(request -> assertThat(request.attributes().at("/resource/id").asText()).isEqualTo(theirs));
    String theirLog = otherReceiver.all().getFirst().id();
    assertThat(get(LOGS).data()).singleElement()
        .satisfies(log -> assertThat(log.get("id").asText()).isEqualTo(receiver.all().getFirst().id()));
    assertError(get(LOGS + "/" + theirLog), 404, "not_found");
    assertError(post(LOGS + "/" + theirLog + "/redeliver", ""), 404, "not_found");
    String theirWebhook = http.request("GET", WEBHOOKS).key(otherKey).send().data().get(0).get("id").asText();
    assertError(get(WEBHOOKS + "/" + theirWebhook), 404, "not_found");
    assertError(delete(WEBHOOKS + "/" + theirWebhook), 404, "not_found");
  }
}
