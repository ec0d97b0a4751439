package dev.switchboard.bootstrap.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.switchboard.bootstrap.TestServers;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server on an H2 file, with channels pointed at stubs that speak each provider's wire format: a message
 * posted to the API reaches the stub as the provider expects it, and the provider's signed callbacks move its status.
 */
class DeliveryEndToEndTest {

  private static final String PHONE_NUMBER_ID = "106540352242922";
  private static final String ACCESS_TOKEN = "EAAG-e2e-access-token";
  private static final String APP_SECRET = "e2e-app-secret";
  private static final String ACCOUNT_SID = "AC00000000000000000000000000000001";
  private static final String AUTH_TOKEN = "e2e-twilio-auth-token";

  @TempDir Path dataDirectory;

  private final WireMockServer stub = new WireMockServer(wireMockConfig().dynamicPort());
  private TestServers.Running server;
  private ServerClient api;

  @BeforeEach
  void start() {
    stub.start();
    server = TestServers.h2(dataDirectory, Map.of());
    api = server.client();
  }

  @AfterEach
  void stop() {
    server.close();
    stub.stop();
  }

  @Test
  void givenWhatsAppChannelOnAStub_aMessageReachesTheCloudApi_andSignedStatusesMakeItRead() {
    String channel = api.post("/public/v2/channels", """
        {"data":{"type":"channels","attributes":{"platform":"whatsapp","provider":"whatsapp-cloud","isDefault":true,
          "settings":{"phoneNumberId":"%s","businessNumber":"15550001111"},
          "credentials":{"accessToken":"%s","appSecret":"%s","verifyToken":"e2e-verify"},
          "apiBaseUrl":"%s"}}}
        """.formatted(PHONE_NUMBER_ID, ACCESS_TOKEN, APP_SECRET, stub.baseUrl())).at("/data/id").asText();
    stub.stubFor(post(urlEqualTo("/v21.0/" + PHONE_NUMBER_ID + "/messages")).willReturn(aResponse()
        .withStatus(200).withHeader("Content-Type", "application/json")
        .withBody("""
            {"messaging_product":"whatsapp","contacts":[{"input":"+31612345678","wa_id":"31612345678"}],
             "messages":[{"id":"wamid.e2e-outbound-1"}]}""")));
    // The candidate writes first (an inbound webhook), which creates the thread and opens the 24-hour window.
    assertThat(whatsappWebhook(channel, """
        {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{
          "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550001111","phone_number_id":"%s"},
          "contacts":[{"profile":{"name":"Jane"},"wa_id":"31612345678"}],
          "messages":[{"from":"31612345678","id":"wamid.e2e-inbound-1","timestamp":"%d","type":"text",
            "text":{"body":"Is the job still open?"}}]}}]}]}
        """.formatted(PHONE_NUMBER_ID, System.currentTimeMillis() / 1000)).statusCode()).isEqualTo(200);
    String thread = api.get("/public/v2/message-threads").at("/data/0/id").asText();

    String message = api.sendText(thread, "Yes! When can we talk?");

    await().atMost(Duration.ofSeconds(10)).until(() -> api.deliveryStatus(message).equals("sent"));
    stub.verify(1, postRequestedFor(urlEqualTo("/v21.0/" + PHONE_NUMBER_ID + "/messages"))
        .withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("""
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"+31612345678","type":"text",
             "text":{"preview_url":false,"body":"Yes! When can we talk?"}}""")));
    assertThat(whatsappWebhook(channel, status("delivered")).statusCode()).isEqualTo(200);
    assertThat(api.deliveryStatus(message)).isEqualTo("delivered");
    assertThat(whatsappWebhook(channel, status("read")).statusCode()).isEqualTo(200);
    assertThat(api.deliveryStatus(message)).isEqualTo("read");
    HttpResponse<String> forged = api.callback("/providers/whatsapp-cloud/" + channel, "application/json",
        status("failed").getBytes(StandardCharsets.UTF_8), Map.of("X-Hub-Signature-256", "sha256=" + "00".repeat(32)));
    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(api.deliveryStatus(message)).isEqualTo("read");
  }

  @Test
  void givenTwilioChannelOnAStub_anSmsReachesTheMessagesApi_andSignedCallbacksApply() throws Exception {
    String channel = api.post("/public/v2/channels", """
        {"data":{"type":"channels","attributes":{"platform":"sms","provider":"twilio","isDefault":true,
          "settings":{"accountSid":"%s","fromNumber":"+15005550006"},"credentials":{"authToken":"%s"},
          "apiBaseUrl":"%s"}}}
        """.formatted(ACCOUNT_SID, AUTH_TOKEN, stub.baseUrl())).at("/data/id").asText();
    String messagesPath = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";
    stub.stubFor(post(urlEqualTo(messagesPath)).willReturn(aResponse()
        .withStatus(201).withHeader("Content-Type", "application/json")
        .withBody("{\"sid\":\"SMe2e00000000000000000000000000001\",\"status\":\"queued\"}")));
    String thread = api.createThread("sms", "+31 6 1234 5678");

    String message = api.sendText(thread, "Your interview is Monday");

    await().atMost(Duration.ofSeconds(10)).until(() -> api.deliveryStatus(message).equals("sent"));
    String callbackPath = "/providers/twilio/" + channel;
    stub.verify(1, postRequestedFor(urlEqualTo(messagesPath))
        .withHeader("Authorization", equalTo("Basic "
            + Base64.getEncoder().encodeToString((ACCOUNT_SID + ":" + AUTH_TOKEN).getBytes(StandardCharsets.UTF_8))))
        .withFormParam("To", equalTo("+31612345678"))
        .withFormParam("From", equalTo("+15005550006"))
        .withFormParam("Body", equalTo("Your interview is Monday"))
        .withFormParam("StatusCallback", equalTo(api.base() + callbackPath)));
    Map<String, String> delivered = new TreeMap<>(Map.of(
        "MessageSid", "SMe2e00000000000000000000000000001", "MessageStatus", "delivered",
        "AccountSid", ACCOUNT_SID, "To", "+31612345678", "From", "+15005550006"));
    assertThat(twilioCallback(callbackPath, delivered, AUTH_TOKEN).statusCode()).isEqualTo(200);
    assertThat(api.deliveryStatus(message)).isEqualTo("delivered");

    Map<String, String> inbound = new TreeMap<>(Map.of(
        "MessageSid", "SMe2e00000000000000000000000000002", "AccountSid", ACCOUNT_SID,
        "From", "+31612345678", "To", "+15005550006", "Body", "See you then", "NumMedia", "0"));
    HttpResponse<String> reply = twilioCallback(callbackPath, inbound, AUTH_TOKEN);
    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("text/xml");
    assertThat(reply.body()).contains("<Response/>");
    assertThat(twilioCallback(callbackPath, inbound, AUTH_TOKEN).statusCode()).as("a repeated callback").isEqualTo(200);
    assertThat(api.get("/public/v2/messages?filter[messageThreadId]=" + thread).at("/data").size()).isEqualTo(2);
    assertThat(twilioCallback(callbackPath, inbound, "wrong-token").statusCode()).isEqualTo(401);
  }

  @Test
  void givenSmtpChannelOnGreenMail_anEmailIsReceived() throws Exception {
    GreenMail mail = new GreenMail(new ServerSetup(ServerClient.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    try {
      api.post("/public/v2/channels", """
          {"data":{"type":"channels","attributes":{"platform":"email","provider":"smtp","isDefault":true,
            "settings":{"host":"127.0.0.1","port":"%d","fromAddress":"jobs@acme.example","startTls":"false"}}}}
          """.formatted(mail.getSmtp().getPort()));
      String thread = api.createThread("email", "jane@example.com");

      String message = api.post("/public/v2/messages", """
          {"data":{"type":"messages","attributes":{"sendBy":"Rita","messageThreadId":"%s","subject":"Your interview",
            "payload":{"type":"text","text":{"value":"See you Monday at 10."}}}}}
          """.formatted(thread)).at("/data/id").asText();

      await().atMost(Duration.ofSeconds(10)).until(() -> api.deliveryStatus(message).equals("sent"));
      MimeMessage[] received = mail.getReceivedMessages();
      assertThat(received).hasSize(1);
      assertThat(received[0].getSubject()).isEqualTo("Your interview");
      assertThat(received[0].getFrom()[0].toString()).isEqualTo("jobs@acme.example");
      assertThat(received[0].getMessageID()).isNotBlank();
    } finally {
      mail.stop();
    }
  }

  private HttpResponse<String> whatsappWebhook(String channel, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return api.callback("/providers/whatsapp-cloud/" + channel, "application/json", bytes,
        Map.of("X-Hub-Signature-256", "sha256=" + HexFormat.of().formatHex(hmac("HmacSHA256", APP_SECRET, bytes))));
  }

  private static String status(String status) {
    return """
        {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{
          "messaging_product":"whatsapp","metadata":{"phone_number_id":"%s"},
          "statuses":[{"id":"wamid.e2e-outbound-1","status":"%s","timestamp":"%d","recipient_id":"31612345678"}]}}]}]}
        """.formatted(PHONE_NUMBER_ID, status, System.currentTimeMillis() / 1000);
  }

  /** Twilio signs the full URL followed by every POST parameter, sorted by name, as name + value. */
  private HttpResponse<String> twilioCallback(String path, Map<String, String> form, String authToken) {
    String signed = api.base() + path + form.entrySet().stream()
        .map(entry -> entry.getKey() + entry.getValue()).collect(Collectors.joining());
    String signature = Base64.getEncoder()
        .encodeToString(hmac("HmacSHA1", authToken, signed.getBytes(StandardCharsets.UTF_8)));
    String body = form.entrySet().stream()
        .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return api.callback(path, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8),
        Map.of("X-Twilio-Signature", signature));
  }

  private static byte[] hmac(String algorithm, String key, byte[] data) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
      return mac.doFinal(data);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
