package dev.switchboard.adapter.http.contract;

import static dev.switchboard.adapter.http.testing.ApiResponseAssert.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapter.http.testing.ApiTestBase;
import dev.switchboard.adapter.http.testing.Http;
import dev.switchboard.application.testing.FakeProviderClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code /channels} and {@code /providers/{provider}/{channelId}}. The backend's provider client is
 * {@link FakeProviderClient}: a callback is genuine with {@code X-Fake-Signature: valid}, and its body lists facts.
 */
public abstract class ChannelContract extends ApiTestBase {

  private static final String CHANNELS = B + "/channels";
  private static final String SECRET = "EAAG-very-secret-token";
  private static final String WHATSAPP = """
      {"data": {"type": "channels", "attributes": {"platform": "whatsapp", "provider": "whatsapp-cloud",
        "settings": {"phoneNumberId": "106540352242922", "businessNumber": "15550001111"},
        "credentials": {"accessToken": "%s", "appSecret": "app-secret-1", "verifyToken": "verify-1"},
        "apiBaseUrl": "http://localhost:9999"}}}
      """.formatted(SECRET);
  private static final String TWILIO = """
      {"data": {"type": "channels", "attributes": {"platform": "sms", "provider": "twilio",
        "settings": {"accountSid": "AC123", "fromNumber": "+15550002222"}, "credentials": {"authToken": "tok"}}}}
      """;

  @Test
  void givenNewOrganization_list_showsOneDefaultSandboxChannelPerPlatform() {
    Http.Response response = get(CHANNELS);

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    List<String> platforms = new ArrayList<>();
    for (JsonNode channel : response.data()) {
      assertThat(channel.at("/attributes/provider").asText()).isEqualTo("sandbox");
      assertThat(channel.at("/attributes/isDefault").asBoolean()).isTrue();
      platforms.add(channel.at("/attributes/platform").asText());
    }
    assertThat(platforms).containsExactlyInAnyOrder("whatsapp", "sms", "email");
  }

  @Test
  void givenWhatsAppChannel_create_answers201WithoutAnyCredentialValue() {
    Http.Response response = post(CHANNELS, WHATSAPP);

    assertThat(response.status()).as(response.body()).isEqualTo(201);
    JsonNode attributes = response.attributes();
    assertThat(attributes.get("platform").asText()).isEqualTo("whatsapp");
    assertThat(attributes.get("provider").asText()).isEqualTo("whatsapp-cloud");
    assertThat(attributes.at("/settings/phoneNumberId").asText()).isEqualTo("106540352242922");
    assertThat(attributes.get("configuredCredentials").toString())
        .isEqualTo("[\"accessToken\",\"appSecret\",\"verifyToken\"]");
    assertThat(attributes.get("isDefault").asBoolean()).isFalse();
    assertThat(attributes.get("apiBaseUrl").asText()).isEqualTo("http://localhost:9999");
    assertThat(attributes.get("callbackUrl").asText()).endsWith("/providers/whatsapp-cloud/" + response.id());
    assertThat(response.body()).doesNotContain(SECRET).doesNotContain("app-secret-1").doesNotContain("verify-1");
    assertThat(get(CHANNELS + "/" + response.id()).body()).doesNotContain(SECRET);
  }

  @Test
  void givenIsDefaultTrue_patch_movesThePlatformDefault() {
    String id = post(CHANNELS, WHATSAPP).id();

    Http.Response made = patch(CHANNELS + "/" + id, """
        {"data": {"type": "channels", "id": "%s", "attributes": {"isDefault": true}}}
        """.formatted(id));

    assertThat(made.status()).as(made.body()).isEqualTo(200);
    long whatsappDefaults = 0;
    for (JsonNode channel : get(CHANNELS).data()) {
      if (channel.at("/attributes/platform").asText().equals("whatsapp") && channel.at("/attributes/isDefault").asBoolean()) {
        whatsappDefaults++;
        assertThat(channel.get("id").asText()).isEqualTo(id);
      }
    }
    assertThat(whatsappDefaults).isEqualTo(1);
    assertError(patch(CHANNELS + "/" + id, """
        {"data": {"type": "channels", "attributes": {"isDefault": false}}}
        """), 422, "default_channel_required");
    assertError(delete(CHANNELS + "/" + id), 409, "default_channel");
  }

  @Test
  void givenCredentialChange_patch_keepsTheOtherCredentials() {
    String id = post(CHANNELS, WHATSAPP).id();

    Http.Response changed = patch(CHANNELS + "/" + id, """
        {"data": {"type": "channels", "attributes": {"credentials": {"accessToken": "new-token"},
          "settings": {"phoneNumberId": "999"}, "apiBaseUrl": null}}}
        """);

    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.attributes().get("configuredCredentials")).hasSize(3);
    assertThat(changed.attributes().at("/settings/phoneNumberId").asText()).isEqualTo("999");
    assertThat(changed.attributes().get("apiBaseUrl").isNull()).isTrue();
    assertError(patch(CHANNELS + "/" + id, """
        {"data": {"type": "channels", "attributes": {"credentials": {"appSecret": null}}}}
        """), 422, "invalid_channel_connection");
  }

  @Test
  void givenBadInput_create_isA4xxJsonApiError() {
    assertError(post(CHANNELS, WHATSAPP.replace("\"appSecret\": \"app-secret-1\", ", "")), 422,
        "invalid_channel_connection");
    assertError(post(CHANNELS, WHATSAPP.replace("whatsapp-cloud", "carrier-pigeon")), 422, "invalid_provider");
    assertError(post(CHANNELS, WHATSAPP.replace("\"platform\": \"whatsapp\"", "\"platform\": \"sms\"")), 422,
        "invalid_channel_connection");
    assertError(post(CHANNELS, WHATSAPP.replace("http://localhost:9999", "ftp://stub")), 422,
        "invalid_channel_connection");
    assertError(post(CHANNELS, WHATSAPP.replace("http://localhost:9999", "http://")), 422, "invalid_api_base_url");
    assertError(post(CHANNELS, """
        {"data": {"type": "channels", "attributes": {"platform": "sms", "provider": "twilio", "settings": "AC1"}}}
        """), 400, "invalid_type");
    assertError(post(CHANNELS, """
        {"data": {"type": "channels", "attributes": {"platform": "sms", "provider": "twilio",
          "settings": {"accountSid": 5}}}}
        """), 400, "invalid_type");
    assertError(post(CHANNELS, """
        {"data": {"type": "channels", "attributes": {"provider": "twilio"}}}
        """), 422, "missing_attribute");
    assertError(patch(CHANNELS + "/" + post(CHANNELS, TWILIO).id(), """
        {"data": {"type": "channels", "attributes": {"platform": "email"}}}
        """), 400, "read_only_attribute");
  }

  @Test
  void givenAnotherOrganizationsChannel_everyRouteIs404() {
    String otherKey = secondOrganizationKey();
    String foreign = http.request("POST", CHANNELS).key(otherKey).json(TWILIO).send().id();

    assertError(get(CHANNELS + "/" + foreign), 404, "not_found");
    assertError(patch(CHANNELS + "/" + foreign, """
        {"data": {"type": "channels", "attributes": {"isDefault": true}}}
        """), 404, "not_found");
    assertError(delete(CHANNELS + "/" + foreign), 404, "not_found");
    assertThat(get(CHANNELS).body()).doesNotContain(foreign);
    assertThat(http.request("GET", CHANNELS + "/" + foreign).key(otherKey).send().status()).isEqualTo(200);
  }

  @Test
  void givenNonDefaultChannel_delete_is204() {
    String id = post(CHANNELS, TWILIO).id();

    assertThat(delete(CHANNELS + "/" + id).status()).isEqualTo(204);
    assertError(get(CHANNELS + "/" + id), 404, "not_found");
  }

  @Test
  void givenVerificationGet_callback_echoesTheChallengeWithoutAKey() {
    String id = post(CHANNELS, WHATSAPP).id();

    Http.Response response = http.request("GET", "/providers/whatsapp-cloud/" + id + "?challenge=1158201444").send();

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("1158201444");
  }

  @Test
  void givenUnsignedOrUnknownCallbacks_areRefused() {
    String id = post(CHANNELS, TWILIO).id();

    assertError(callback("/providers/twilio/" + id, null, "inbound +31612345678 SM1 hi"), 401, "callback_rejected");
    assertError(callback("/providers/whatsapp-cloud/" + id, FakeProviderClient.VALID_SIGNATURE, ""), 404,
        "not_found");
    assertError(callback("/providers/twilio/not-a-uuid", FakeProviderClient.VALID_SIGNATURE, ""), 404, "not_found");
    assertError(callback("/providers/pigeon/" + id, FakeProviderClient.VALID_SIGNATURE, ""), 404, "not_found");
    assertError(callback("/providers/twilio/00000000-0000-7000-8000-000000000000",
        FakeProviderClient.VALID_SIGNATURE, ""), 404, "not_found");
  }

  @Test
  void givenSignedInboundCallbackTwice_createsTheThreadAndOneMessage_inTheChannelsOrganizationOnly() {
    String otherKey = secondOrganizationKey();
    String id = post(CHANNELS, TWILIO).id();
    String body = "inbound +31612345678 SMinbound1 Yes, Monday works";

    Http.Response first = callback("/providers/twilio/" + id, FakeProviderClient.VALID_SIGNATURE, body);
    Http.Response repeated = callback("/providers/twilio/" + id, FakeProviderClient.VALID_SIGNATURE, body);

    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(repeated.status()).isEqualTo(200);
    Http.Response threads = get(B + "/message-threads?filter[channel]=sms");
    assertThat(threads.data()).hasSize(1);
    Http.Response messages = get(B + "/messages");
    assertThat(messages.data()).hasSize(1);
    assertThat(messages.data().get(0).at("/attributes/payload").toString()).contains("Yes, Monday works");
    assertThat(http.request("GET", B + "/message-threads").key(otherKey).send().data()).isEmpty();
  }

  private Http.Response callback(String path, String signature, String body) {
    Http.Request request = http.request("POST", path).header("Content-Type", "text/plain")
        .body(body.getBytes(StandardCharsets.UTF_8));
    if (signature != null) {
      request.header(FakeProviderClient.SIGNATURE_HEADER, signature);
    }
    return request.send();
  }
}
