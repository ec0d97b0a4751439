package dev.switchboard.adapter.channel.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.switchboard.adapter.channel.ProviderSettings;
import dev.switchboard.adapter.channel.testing.Connections;
import dev.switchboard.adapter.channel.testing.Deliveries;
import dev.switchboard.adapter.channel.testing.Ports;
import dev.switchboard.application.port.out.ChannelGateway.SendOutcome;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.connection.ChannelConnection;
import dev.switchboard.domain.message.MediaPayload;
import dev.switchboard.domain.testing.Payloads;
import dev.switchboard.domain.testing.Templates;
import dev.switchboard.domain.testing.Times;
import dev.switchboard.domain.template.ComponentType;
import java.net.URI;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sending through a WireMock stub that speaks the Graph API's wire format. */
class WhatsAppCloudClientTest {

  private static final String PATH = "/v21.0/" + Connections.PHONE_NUMBER_ID + "/messages";
  private static final String WAMID = "wamid.HBgLMzE2MTIzNDU2NzgVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA";
  private static final String OK = """
      {"messaging_product":"whatsapp","contacts":[{"input":"+31612345678","wa_id":"31612345678"}],
       "messages":[{"id":"%s"}]}""".formatted(WAMID);

  private static final WireMockServer graph = new WireMockServer(options().dynamicPort());
  private WhatsAppCloudClient client;
  private ChannelConnection connection;

  @BeforeAll
  static void startStub() {
    graph.start();
  }

  @AfterAll
  static void stopStub() {
    graph.stop();
  }

  @BeforeEach
  void resetStub() {
    graph.resetAll();
    client = new WhatsAppCloudClient(
        ProviderSettings.DEFAULT.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3)),
        InstantSource.fixed(Times.NOW));
    connection = Connections.whatsapp(URI.create(graph.baseUrl()));
  }

  /** A client that gives up on an answer after 300 ms. */
  private static WhatsAppCloudClient impatient() {
    return new WhatsAppCloudClient(
        ProviderSettings.DEFAULT.withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300)),
        InstantSource.fixed(Times.NOW));
  }

  private void answer(int status, String body) {
    graph.stubFor(post(urlEqualTo(PATH)).willReturn(
        aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
  }

  private static String graphError(int code, String message, String details) {
    return """
        {"error":{"message":"%s","type":"OAuthException","code":%d,
          "error_data":{"messaging_product":"whatsapp","details":"%s"},"fbtrace_id":"AbCdEf123"}}"""
        .formatted(message, code, details);
  }

  @Test
  void givenText_send_postsTheGraphJsonAndReturnsTheWamid() {
    answer(200, OK);

    SendOutcome outcome = client.send(connection, Deliveries.of(Channel.WHATSAPP, Payloads.text()));

    assertThat(outcome).isEqualTo(new SendOutcome.Accepted(WAMID));
    graph.verify(postRequestedFor(urlEqualTo(PATH))
        .withHeader("Authorization", equalTo("Bearer " + Connections.ACCESS_TOKEN))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("""
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"+31612345678","type":"text",
             "text":{"preview_url":false,"body":"Hello Jane, thanks for your application."}}""")));
  }

  @Test
  void givenTextWithLink_send_asksForAPreview() {
    answer(200, OK);

    client.send(connection, Deliveries.of(Channel.WHATSAPP, Payloads.text("See https://jobs.example.com/42")));

    graph.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson("""
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"+31612345678","type":"text",
         "text":{"preview_url":true,"body":"See https://jobs.example.com/42"}}""")));
  }

  @Test
  void givenTemplateWithHeaderBodyAndFooter_send_postsNameLanguageAndParametersPerComponent() {
    answer(200, OK);
    var template = Templates.approvedWithHeaderAndFooter();
    var payload = Templates.payload(template.id(),
        Templates.parameters(ComponentType.HEADER, "Acme"),
        Templates.parameters(ComponentType.BODY, "Jane", "Monday"));

    SendOutcome outcome = client.send(connection, Deliveries.template(Channel.WHATSAPP, template, payload));

    assertThat(outcome).isEqualTo(new SendOutcome.Accepted(WAMID));
    graph.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson("""
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"+31612345678","type":"template",
         "template":{"name":"interview_invite","language":{"policy":"deterministic","code":"en"},
           "components":[
             {"type":"header","parameters":[{"type":"text","text":"Acme"}]},
             {"type":"body","parameters":[{"type":"text","text":"Jane"},{"type":"text","text":"Monday"}]}]}}""")));
  }

  @Test
  void givenTemplateWithoutPlaceholders_send_omitsComponents() {
    answer(200, OK);
    var template = Templates.approvedWithoutPlaceholders();

    client.send(connection, Deliveries.template(Channel.WHATSAPP, template, Templates.payload(template.id())));

    graph.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson("""
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"+31612345678","type":"template",
         "template":{"name":"interview_invite","language":{"policy":"deterministic","code":"en"}}}""")));
  }

  @Test
  void givenTemplatePayloadButNoTemplate_send_rejectsWithoutCallingGraph() {
    SendOutcome outcome = client.send(connection, Deliveries.of(Channel.WHATSAPP, Templates.approvedPayload()));

    assertThat(outcome).isInstanceOf(SendOutcome.Rejected.class);
    assertThat(graph.getAllServeEvents()).isEmpty();
  }

  @Test
  void givenDocumentWithCaptionAndFileName_send_postsLinkCaptionAndFilename() {
    answer(200, OK);
    var document = new MediaPayload(MediaPayload.Kind.DOCUMENT, Payloads.DOCUMENT_URL, Optional.of("Your contract"),
        Optional.of("contract.pdf"));

    client.send(connection, Deliveries.of(Channel.WHATSAPP, document));

    graph.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson("""
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"+31612345678","type":"document",
         "document":{"link":"https://cdn.example.com/media/contract.pdf","caption":"Your contract",
           "filename":"contract.pdf"}}""")));
  }

  @Test
  void givenImageWithCaption_send_postsLinkAndCaption() {
    answer(200, OK);

    client.send(connection, Deliveries.of(Channel.WHATSAPP, Payloads.imageWithCaption("Our office")));

    graph.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson("""
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"+31612345678","type":"image",
         "image":{"link":"https://cdn.example.com/media/office.jpg","caption":"Our office"}}""")));
  }

  @Test
  void givenAudioWithCaption_send_dropsTheCaptionWhatsappDoesNotTake() {
    answer(200, OK);
    var audio = new MediaPayload(MediaPayload.Kind.AUDIO, URI.create("https://cdn.example.com/a.ogg"),
        Optional.of("ignored"), Optional.of("a.ogg"));

    client.send(connection, Deliveries.of(Channel.WHATSAPP, audio));

    graph.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson("""
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"+31612345678","type":"audio",
         "audio":{"link":"https://cdn.example.com/a.ogg"}}""")));
  }

  @Test
  void givenReEngagementError_send_rejectsKeepingTheCode() {
    answer(400, graphError(131047, "Re-engagement message",
        "Message failed to send because more than 24 hours have passed since the customer last replied to this number."));

    SendOutcome outcome = client.send(connection, Deliveries.of(Channel.WHATSAPP, Payloads.text()));

    assertThat(outcome).isEqualTo(new SendOutcome.Rejected("whatsapp 131047: Re-engagement message (Message failed to"
        + " send because more than 24 hours have passed since the customer last replied to this number.)"));
  }

  @Test
  void givenInvalidParameterWithSubcode_send_rejectsWithCodeAndSubcode() {
    answer(400, """
        {"error":{"message":"(#100) Invalid parameter","type":"OAuthException","code":100,"error_subcode":2494010,
          "fbtrace_id":"AbC"}}""");

    SendOutcome outcome = client.send(connection, Deliveries.of(Channel.WHATSAPP, Payloads.text()));

    assertThat(outcome).isEqualTo(new SendOutcome.Rejected("whatsapp 100/2494010: (#100) Invalid parameter"));
  }

  @Test
  void givenExpiredToken_send_rejects() {
    answer(401, graphError(190, "Error validating access token: Session has expired", ""));

    SendOutcome outcome = client.send(connection, Deliveries.of(Channel.WHATSAPP, Payloads.text()));

    assertThat(outcome).isInstanceOf(SendOutcome.Rejected.class);
    assertThat(((SendOutcome.Rejected) outcome).reason()).startsWith("whatsapp 190: Error validating access token");
  }

  @Test
  void givenTemplateNotFound_send_rejects() {
    answer(404, graphError(132001, "Template name does not exist in the translation", "template name (x) does not exist in en"));

    SendOutcome outcome = client.send(connection, Deliveries.of(Channel.WHATSAPP, Payloads.text()));

    assertThat(((SendOutcome.Rejected) outcome).reason()).startsWith("whatsapp 132001: Template name does not exist");
  }

  @Test
  void given429WithRetryAfter_send_retriesNoEarlierThanAsked() {
    graph.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")
        .withHeader("Content-Type", "application/json").withBody(graphError(130429, "Rate limit hit", "Cloud API message throughput has been reached."))));

    SendOutcome outcome = client.send(connection, Deliveries.of(Channel.WHATSAPP, Payloads.text()));

    assertThat(outcome).isEqualTo(new SendOutcome.RetryLater(Optional.of(Duration.ofSeconds(30)),
        "whatsapp 130429: Rate limit hit (Cloud API message throughput has been reached.)"));
  }

  @Test
  void given429WithoutRetryAfter_send_retriesWithOwnBackoff() {
    answer(429, graphError(4, "(#4) Application request limit reached", ""));

    SendOutcome outcome = client.send(connection, Deliveries.of(Channel.WHATSAPP, Payloads.text()));

    assertThat(outcome).isInstanceOf(SendOutcome.RetryLater.class);
    assertThat(((SendOutcome.RetryLater) outcome).after()).isEmpty();
  }

  @Test
  void givenPairRateLimitAs400_send_retries() {
    answer(400, graphError(131056, "(Business Account, Consumer Account) pair rate limit hit", ""));

    SendOutcome outcome = client.send(connection, Deliveries.of(Channel.WHATSAPP, Payloads.text()));

    assertThat(outcome).isInstanceOf(SendOutcome.RetryLater.class);
    assertThat(((SendOutcome.RetryLater) outcome).reason()).startsWith("whatsapp 131056:");
  }

  @Test
  void given503ThenSuccess_twoSends_retryThenAccept() {
    graph.stubFor(post(urlEqualTo(PATH)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503).withBody("<html>Service Unavailable</html>"))
        .willSetStateTo("recovered"));
    graph.stubFor(post(urlEqualTo(PATH)).inScenario("flaky").whenScenarioStateIs("recovered")
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(OK)));

    SendOutcome first = client.send(connection, Deliveries.of(Channel.WHATSAPP, Payloads.text()));
    SendOutcome second = client.send(connection, Deliveries.of(Channel.WHATSAPP, Payloads.text()));

    assertThat(first).isEqualTo(new SendOutcome.RetryLater(Optional.empty(),
        "whatsapp http 503: <html>Service Unavailable</html>"));
    assertThat(second).isEqualTo(new SendOutcome.Accepted(WAMID));
  }

  @Test
  void givenAnswerSlowerThanTheTimeout_send_retries() {
    graph.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200).withFixedDelay(1_500).withBody(OK)));

    SendOutcome outcome = impatient().send(connection, Deliveries.of(Channel.WHATSAPP, Payloads.text()));

    assertThat(outcome).isInstanceOf(SendOutcome.RetryLater.class);
    assertThat(((SendOutcome.RetryLater) outcome).reason()).contains("no answer").contains("in time");
  }

  @Test
  void givenNothingListening_send_retries() {
    ChannelConnection refused = Connections.whatsapp(URI.create("http://127.0.0.1:" + Ports.closed()));

    SendOutcome outcome = client.send(refused, Deliveries.of(Channel.WHATSAPP, Payloads.text()));

    assertThat(outcome).isInstanceOf(SendOutcome.RetryLater.class);
    assertThat(((SendOutcome.RetryLater) outcome).reason()).startsWith("whatsapp: cannot connect to 127.0.0.1");
  }

  @Test
  void givenSuccessWithoutMessageId_send_rejects() {
    answer(200, "{\"messaging_product\":\"whatsapp\",\"messages\":[]}");

    SendOutcome outcome = client.send(connection, Deliveries.of(Channel.WHATSAPP, Payloads.text()));

    assertThat(outcome).isInstanceOf(SendOutcome.Rejected.class);
  }

  @Test
  void givenAnyOutcome_reasonsNeverCarryTheAccessToken() {
    answer(400, graphError(100, "Invalid parameter", "bad"));

    SendOutcome outcome = client.send(connection, Deliveries.of(Channel.WHATSAPP, Payloads.text()));

    assertThat(outcome.toString()).doesNotContain(Connections.ACCESS_TOKEN);
  }
}
