package dev.switchboard.adapter.channel.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.channel.ProviderSettings;
import dev.switchboard.adapter.channel.testing.Callbacks;
import dev.switchboard.adapter.channel.testing.Connections;
import dev.switchboard.application.port.out.CallbackOutcome;
import dev.switchboard.application.provider.ProviderCallback;
import dev.switchboard.application.port.out.ProviderFact;
import dev.switchboard.domain.connection.ChannelConnection;
import dev.switchboard.domain.message.EmailHeaders;
import dev.switchboard.domain.message.StatusUpdate;
import dev.switchboard.domain.message.TextPayload;
import dev.switchboard.domain.testing.Times;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The Cloud API webhook: subscription check, X-Hub-Signature-256 and the event payloads Meta posts. */
class WhatsAppWebhookTest {

  private static final String PATH = "/providers/whatsapp-cloud/" + Connections.ID;

  private final WhatsAppCloudClient client =
      new WhatsAppCloudClient(ProviderSettings.DEFAULT, InstantSource.fixed(Times.NOW));
  private final ChannelConnection connection = Connections.whatsapp(URI.create("http://unused.invalid"));

  private static final String INBOUND_TEXT = """
      {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages",
        "value":{"messaging_product":"whatsapp",
          "metadata":{"display_phone_number":"15550001111","phone_number_id":"%s"},
          "contacts":[{"profile":{"name":"Jane Doe"},"wa_id":"31612345678"}],
          "messages":[{"from":"31612345678","id":"wamid.inbound.0001","timestamp":"1741597200","type":"text",
            "text":{"body":"Yes, Monday works for me"}}]}}]}]}""".formatted(Connections.PHONE_NUMBER_ID);

  private static final String STATUSES = """
      {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages",
        "value":{"messaging_product":"whatsapp",
          "metadata":{"display_phone_number":"15550001111","phone_number_id":"%s"},
          "statuses":[
            {"id":"wamid.out.1","status":"sent","timestamp":"1741597201","recipient_id":"31612345678"},
            {"id":"wamid.out.1","status":"delivered","timestamp":"1741597202","recipient_id":"31612345678"},
            {"id":"wamid.out.1","status":"read","timestamp":"1741597203","recipient_id":"31612345678"},
            {"id":"wamid.out.2","status":"failed","timestamp":"1741597204","recipient_id":"31612345678",
             "errors":[{"code":131026,"title":"Message undeliverable",
               "error_data":{"details":"Message Undeliverable."}}]}]}}]}]}""".formatted(Connections.PHONE_NUMBER_ID);

  private static String sign(String body, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static ProviderCallback signed(String body) {
    return Callbacks.post(PATH, Map.of("x-hub-signature-256", List.of(sign(body, Connections.APP_SECRET)),
        "Content-Type", List.of("application/json")), body);
  }

  @Test
  void givenMatchingVerifyToken_verificationGet_answersTheChallenge() {
    ProviderCallback callback = Callbacks.get(PATH, Map.of("hub.mode", List.of("subscribe"),
        "hub.verify_token", List.of(Connections.VERIFY_TOKEN), "hub.challenge", List.of("1158201444")));

    assertThat(client.interpret(connection, callback)).isEqualTo(new CallbackOutcome.Challenge("1158201444"));
  }

  @Test
  void givenWrongVerifyToken_verificationGet_isForbidden() {
    ProviderCallback callback = Callbacks.get(PATH, Map.of("hub.mode", List.of("subscribe"),
        "hub.verify_token", List.of("guess"), "hub.challenge", List.of("1158201444")));

    assertThat(client.interpret(connection, callback)).isInstanceOfSatisfying(CallbackOutcome.Rejected.class,
        rejected -> assertThat(rejected.httpStatus()).isEqualTo(403));
  }

  @Test
  void givenVerificationWithoutChallenge_isBadRequest() {
    ProviderCallback callback = Callbacks.get(PATH, Map.of("hub.mode", List.of("subscribe"),
        "hub.verify_token", List.of(Connections.VERIFY_TOKEN)));

    assertThat(((CallbackOutcome.Rejected) client.interpret(connection, callback)).httpStatus()).isEqualTo(400);
  }

  @Test
  void givenSignedInboundText_post_yieldsAnInboundFactWithProfileName() {
    CallbackOutcome outcome = client.interpret(connection, signed(INBOUND_TEXT));

    assertThat(outcome).isEqualTo(new CallbackOutcome.Facts(List.of(new ProviderFact.Inbound(
        "31612345678", Optional.of("Jane Doe"), new TextPayload("Yes, Monday works for me"), EmailHeaders.NONE,
        "wamid.inbound.0001", Instant.ofEpochSecond(1741597200L)))));
  }

  @Test
  void givenSignedStatuses_post_yieldsOneStatusFactEach() {
    CallbackOutcome outcome = client.interpret(connection, signed(STATUSES));

    assertThat(outcome).isEqualTo(new CallbackOutcome.Facts(List.of(
        new ProviderFact.Status("wamid.out.1", StatusUpdate.SENT, Instant.ofEpochSecond(1741597201L)),
        new ProviderFact.Status("wamid.out.1", StatusUpdate.DELIVERED, Instant.ofEpochSecond(1741597202L)),
        new ProviderFact.Status("wamid.out.1", StatusUpdate.READ, Instant.ofEpochSecond(1741597203L)),
        new ProviderFact.Status("wamid.out.2",
            StatusUpdate.failed("whatsapp 131026: Message undeliverable (Message Undeliverable.)"),
            Instant.ofEpochSecond(1741597204L)))));
  }

  @Test
  void givenSignatureWithAnotherSecret_post_isUnauthorized() {
    ProviderCallback callback = Callbacks.post(PATH,
        Map.of("X-Hub-Signature-256", List.of(sign(INBOUND_TEXT, "someone-else"))), INBOUND_TEXT);

    assertThat(client.interpret(connection, callback)).isInstanceOfSatisfying(CallbackOutcome.Rejected.class,
        rejected -> assertThat(rejected.httpStatus()).isEqualTo(401));
  }

  @Test
  void givenBodyChangedAfterSigning_post_isUnauthorized() {
    ProviderCallback callback = Callbacks.post(PATH,
        Map.of("X-Hub-Signature-256", List.of(sign(INBOUND_TEXT, Connections.APP_SECRET))),
        INBOUND_TEXT.replace("Monday", "Friday"));

    assertThat(((CallbackOutcome.Rejected) client.interpret(connection, callback)).httpStatus()).isEqualTo(401);
  }

  @Test
  void givenNoSignature_post_isUnauthorized() {
    ProviderCallback callback = Callbacks.post(PATH, Map.of(), INBOUND_TEXT);

    assertThat(((CallbackOutcome.Rejected) client.interpret(connection, callback)).httpStatus()).isEqualTo(401);
  }

  @Test
  void givenSignatureWithoutPrefixOrNotHex_post_isUnauthorized() {
    String bare = sign(INBOUND_TEXT, Connections.APP_SECRET).substring("sha256=".length());

    assertThat(((CallbackOutcome.Rejected) client.interpret(connection,
        Callbacks.post(PATH, Map.of("X-Hub-Signature-256", List.of(bare)), INBOUND_TEXT))).httpStatus()).isEqualTo(401);
    assertThat(((CallbackOutcome.Rejected) client.interpret(connection,
        Callbacks.post(PATH, Map.of("X-Hub-Signature-256", List.of("sha256=zz")), INBOUND_TEXT))).httpStatus())
        .isEqualTo(401);
  }

  @Test
  void givenTheSameDeliveryTwice_post_yieldsTheSameFactsWithTheSameProviderId() {
    CallbackOutcome first = client.interpret(connection, signed(INBOUND_TEXT));
    CallbackOutcome replayed = client.interpret(connection, signed(INBOUND_TEXT));

    assertThat(replayed).isEqualTo(first);
    assertThat(((CallbackOutcome.Facts) replayed).facts())
        .singleElement()
        .isInstanceOfSatisfying(ProviderFact.Inbound.class,
            inbound -> assertThat(inbound.providerMessageId()).isEqualTo("wamid.inbound.0001"));
  }

  @Test
  void givenSignedButMalformedBody_post_isBadRequest() {
    assertThat(((CallbackOutcome.Rejected) client.interpret(connection, signed("{not json"))).httpStatus())
        .isEqualTo(400);
  }

  @Test
  void givenChangeForAnotherPhoneNumber_post_skipsIt() {
    String other = INBOUND_TEXT.replace(Connections.PHONE_NUMBER_ID, "999999999");

    assertThat(client.interpret(connection, signed(other))).isEqualTo(new CallbackOutcome.Facts(List.of()));
  }

  @Test
  void givenInboundImageAndDocument_post_yieldsTextPlaceholders() {
    String body = """
        {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{
          "metadata":{"phone_number_id":"%s"},
          "contacts":[{"profile":{"name":"Jane Doe"},"wa_id":"31612345678"}],
          "messages":[
            {"from":"31612345678","id":"wamid.in.img","timestamp":"1741597200","type":"image",
             "image":{"id":"1479537139650973","mime_type":"image/jpeg","sha256":"x","caption":"My diploma"}},
            {"from":"31612345678","id":"wamid.in.doc","timestamp":"1741597201","type":"document",
             "document":{"id":"2","mime_type":"application/pdf","filename":"cv.pdf"}}]}}]}]}"""
        .formatted(Connections.PHONE_NUMBER_ID);

    CallbackOutcome outcome = client.interpret(connection, signed(body));

    assertThat(((CallbackOutcome.Facts) outcome).facts())
        .extracting(fact -> ((ProviderFact.Inbound) fact).payload())
        .containsExactly(new TextPayload("[image] My diploma"), new TextPayload("[document cv.pdf]"));
  }

  @Test
  void givenAnotherObjectOrField_post_yieldsNoFacts() {
    String body = """
        {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"message_template_status_update",
          "value":{"event":"APPROVED","message_template_name":"interview_invite"}}]}]}""";

    assertThat(client.interpret(connection, signed(body))).isEqualTo(new CallbackOutcome.Facts(List.of()));
  }

  @Test
  void givenPut_isMethodNotAllowed() {
    ProviderCallback put = new ProviderCallback("PUT", PATH, Map.of(), Map.of(), new byte[0], "https://x" + PATH);

    assertThat(((CallbackOutcome.Rejected) client.interpret(connection, put)).httpStatus()).isEqualTo(405);
  }
}
