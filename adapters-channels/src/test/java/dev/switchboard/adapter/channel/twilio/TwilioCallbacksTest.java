package dev.switchboard.adapter.channel.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.channel.ProviderSettings;
import dev.switchboard.adapter.channel.testing.Connections;
import dev.switchboard.application.port.out.CallbackOutcome;
import dev.switchboard.application.provider.ProviderCallback;
import dev.switchboard.application.port.out.ProviderFact;
import dev.switchboard.domain.connection.ChannelConnection;
import dev.switchboard.domain.message.EmailHeaders;
import dev.switchboard.domain.message.MediaPayload;
import dev.switchboard.domain.message.StatusUpdate;
import dev.switchboard.domain.message.TextPayload;
import dev.switchboard.domain.testing.Times;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Status callbacks and inbound messages as Twilio posts them, signed with X-Twilio-Signature. */
class TwilioCallbacksTest {

  private static final String URL = "https://switchboard.example.com/providers/twilio/" + Connections.ID;
  private static final String MESSAGE_SID = "SM1f0e8ae6ade43cb3c0ce4525424e404f";

  private final TwilioSmsClient client = new TwilioSmsClient(ProviderSettings.DEFAULT, java.time.InstantSource.fixed(Times.NOW));
  private final ChannelConnection connection = Connections.twilio(URI.create("http://unused.invalid"));

  private static Map<String, String> statusForm(String status, String errorCode) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("ApiVersion", "2010-04-01");
    form.put("SmsSid", MESSAGE_SID);
    form.put("SmsStatus", status);
    form.put("MessageStatus", status);
    form.put("To", "+31612345678");
    form.put("From", Connections.FROM_NUMBER);
    form.put("MessageSid", MESSAGE_SID);
    form.put("AccountSid", Connections.ACCOUNT_SID);
    if (errorCode != null) {
      form.put("ErrorCode", errorCode);
    }
    return form;
  }

  private static Map<String, String> inboundForm() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("ToCountry", "US");
    form.put("SmsMessageSid", "SM0123456789abcdef0123456789abcdef");
    form.put("NumMedia", "0");
    form.put("SmsSid", "SM0123456789abcdef0123456789abcdef");
    form.put("SmsStatus", "received");
    form.put("Body", "Yes, Monday works & thanks!");
    form.put("To", Connections.FROM_NUMBER);
    form.put("NumSegments", "1");
    form.put("MessageSid", "SM0123456789abcdef0123456789abcdef");
    form.put("AccountSid", Connections.ACCOUNT_SID);
    form.put("From", "+31612345678");
    form.put("ApiVersion", "2010-04-01");
    return form;
  }

  private static String encode(Map<String, String> form) {
    return TwilioForms.encode(List.copyOf(form.entrySet()));
  }

  private static String signature(String url, Map<String, String> form, String token) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    form.forEach((name, value) -> params.put(name, List.of(value)));
    return TwilioSignature.sign(token, url, params);
  }

  private static ProviderCallback callback(String calledUrl, Map<String, List<String>> headers, String body) {
    return new ProviderCallback("POST", URI.create(calledUrl).getPath(), Map.of(), headers,
        body.getBytes(StandardCharsets.UTF_8), calledUrl);
  }

  private static ProviderCallback signed(Map<String, String> form) {
    return callback(URL, Map.of("X-Twilio-Signature", List.of(signature(URL, form, Connections.AUTH_TOKEN)),
        "Content-Type", List.of("application/x-www-form-urlencoded")), encode(form));
  }

  @Test
  void givenSignedDeliveredCallback_yieldsADeliveredFact() {
    CallbackOutcome outcome = client.interpret(connection, signed(statusForm("delivered", null)));

    assertThat(outcome).isEqualTo(new CallbackOutcome.Facts(List.of(
        new ProviderFact.Status(MESSAGE_SID, StatusUpdate.DELIVERED, Times.NOW)), TwilioCallbacks.EMPTY_TWIML));
  }

  @Test
  void givenSignedUndeliveredCallbackWithErrorCode_yieldsAFailureKeepingTheCode() {
    CallbackOutcome outcome = client.interpret(connection, signed(statusForm("undelivered", "30003")));

    assertThat(outcome).isEqualTo(new CallbackOutcome.Facts(List.of(
        new ProviderFact.Status(MESSAGE_SID, StatusUpdate.failed("twilio 30003: undelivered"), Times.NOW)),
        TwilioCallbacks.EMPTY_TWIML));
  }

  @Test
  void givenEachStatus_mapsToTheUnifiedModel() {
    assertThat(facts(signed(statusForm("queued", null)))).isEmpty();
    assertThat(facts(signed(statusForm("sending", null)))).isEmpty();
    assertThat(facts(signed(statusForm("sent", null))))
        .containsExactly(new ProviderFact.Status(MESSAGE_SID, StatusUpdate.SENT, Times.NOW));
    assertThat(facts(signed(statusForm("read", null))))
        .containsExactly(new ProviderFact.Status(MESSAGE_SID, StatusUpdate.READ, Times.NOW));
    assertThat(facts(signed(statusForm("failed", "30007"))))
        .containsExactly(new ProviderFact.Status(MESSAGE_SID, StatusUpdate.failed("twilio 30007: failed"), Times.NOW));
  }

  private List<ProviderFact> facts(ProviderCallback callback) {
    return ((CallbackOutcome.Facts) client.interpret(connection, callback)).facts();
  }

  @Test
  void givenSignedInboundSms_answersWithEmptyTwiml() {
    CallbackOutcome outcome = client.interpret(connection, signed(inboundForm()));

    assertThat(((CallbackOutcome.Facts) outcome).acknowledgement())
        .isEqualTo(new CallbackOutcome.Acknowledgement(
            "text/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>"));
  }

  @Test
  void givenSignedInboundSms_yieldsAnInboundFact() {
    CallbackOutcome outcome = client.interpret(connection, signed(inboundForm()));

    assertThat(outcome).isEqualTo(new CallbackOutcome.Facts(List.of(new ProviderFact.Inbound(
        "+31612345678", Optional.empty(), new TextPayload("Yes, Monday works & thanks!"), EmailHeaders.NONE,
        "SM0123456789abcdef0123456789abcdef", Times.NOW)), TwilioCallbacks.EMPTY_TWIML));
  }

  @Test
  void givenSignedInboundMms_yieldsMediaWithTheBodyAsCaption() {
    Map<String, String> form = inboundForm();
    form.put("NumMedia", "1");
    form.put("MediaContentType0", "image/jpeg");
    form.put("MediaUrl0", "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1");

    List<ProviderFact> facts = facts(signed(form));

    assertThat(facts).singleElement().isInstanceOfSatisfying(ProviderFact.Inbound.class, inbound ->
        assertThat(inbound.payload()).isEqualTo(new MediaPayload(MediaPayload.Kind.IMAGE,
            URI.create("https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1"),
            Optional.of("Yes, Monday works & thanks!"), Optional.empty())));
  }

  @Test
  void givenSignatureWithAnotherToken_isUnauthorized() {
    Map<String, String> form = statusForm("delivered", null);
    ProviderCallback callback = callback(URL, Map.of("X-Twilio-Signature", List.of(signature(URL, form, "other"))),
        encode(form));

    assertThat(client.interpret(connection, callback)).isInstanceOfSatisfying(CallbackOutcome.Rejected.class,
        rejected -> assertThat(rejected.httpStatus()).isEqualTo(401));
  }

  @Test
  void givenParameterChangedAfterSigning_isUnauthorized() {
    Map<String, String> form = statusForm("undelivered", "30003");
    String signature = signature(URL, form, Connections.AUTH_TOKEN);
    form.put("MessageStatus", "delivered");

    ProviderCallback callback = callback(URL, Map.of("X-Twilio-Signature", List.of(signature)), encode(form));

    assertThat(((CallbackOutcome.Rejected) client.interpret(connection, callback)).httpStatus()).isEqualTo(401);
  }

  @Test
  void givenSignedForAnotherUrl_isUnauthorized() {
    Map<String, String> form = statusForm("delivered", null);
    String signature = signature("https://evil.example.com/providers/twilio/" + Connections.ID, form, Connections.AUTH_TOKEN);

    ProviderCallback callback = callback(URL, Map.of("X-Twilio-Signature", List.of(signature)), encode(form));

    assertThat(((CallbackOutcome.Rejected) client.interpret(connection, callback)).httpStatus()).isEqualTo(401);
  }

  @Test
  void givenNoSignature_isUnauthorized() {
    ProviderCallback callback = callback(URL, Map.of(), encode(statusForm("delivered", null)));

    assertThat(((CallbackOutcome.Rejected) client.interpret(connection, callback)).httpStatus()).isEqualTo(401);
  }

  @Test
  void givenProxyAddedTheDefaultPort_stillMatches() {
    Map<String, String> form = statusForm("delivered", null);
    String signature = signature(URL, form, Connections.AUTH_TOKEN);
    String withPort = URL.replace("switchboard.example.com", "switchboard.example.com:443");

    ProviderCallback callback = callback(withPort, Map.of("X-Twilio-Signature", List.of(signature)), encode(form));

    assertThat(client.interpret(connection, callback)).isInstanceOf(CallbackOutcome.Facts.class);
  }

  @Test
  void givenTheSameCallbackTwice_yieldsTheSameFactsWithTheSameMessageSid() {
    CallbackOutcome first = client.interpret(connection, signed(statusForm("delivered", null)));
    CallbackOutcome replayed = client.interpret(connection, signed(statusForm("delivered", null)));

    assertThat(replayed).isEqualTo(first);
    assertThat(((CallbackOutcome.Facts) replayed).facts()).singleElement()
        .isInstanceOfSatisfying(ProviderFact.Status.class,
            status -> assertThat(status.providerMessageId()).isEqualTo(MESSAGE_SID));
  }

  @Test
  void givenSignedCallbackWithoutMessageSid_isBadRequest() {
    Map<String, String> form = statusForm("delivered", null);
    form.remove("MessageSid");
    form.remove("SmsSid");

    assertThat(((CallbackOutcome.Rejected) client.interpret(connection, signed(form))).httpStatus()).isEqualTo(400);
  }

  @Test
  void givenGet_isMethodNotAllowed() {
    ProviderCallback get = new ProviderCallback("GET", "/p", Map.of(), Map.of(), new byte[0], URL);

    assertThat(((CallbackOutcome.Rejected) client.interpret(connection, get)).httpStatus()).isEqualTo(405);
  }
}
