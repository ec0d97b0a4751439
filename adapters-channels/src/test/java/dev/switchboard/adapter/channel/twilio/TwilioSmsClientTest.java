package dev.switchboard.adapter.channel.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.switchboard.adapter.channel.ProviderSettings;
import dev.switchboard.adapter.channel.testing.Connections;
import dev.switchboard.adapter.channel.testing.Deliveries;
import dev.switchboard.adapter.channel.testing.Ports;
import dev.switchboard.application.port.out.ChannelGateway.SendOutcome;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.connection.ChannelConnection;
import dev.switchboard.domain.testing.Payloads;
import dev.switchboard.domain.testing.Templates;
import dev.switchboard.domain.testing.Times;
import java.net.URI;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sending through a WireMock stub that speaks Twilio's Messages API (form-encoded in, JSON out). */
class TwilioSmsClientTest {

  private static final String PATH = "/2010-04-01/Accounts/" + Connections.ACCOUNT_SID + "/Messages.json";
  private static final String SID = "SM1f0e8ae6ade43cb3c0ce4525424e404f";
  private static final String CREATED = """
      {"sid":"%s","status":"queued","direction":"outbound-api","to":"+31612345678","from":"+15005550006",
       "num_segments":"1","error_code":null,"error_message":null}""".formatted(SID);
  private static final String CALLBACK = "https://switchboard.example.com/providers/twilio/" + Connections.ID;

  private static final WireMockServer twilio = new WireMockServer(options().dynamicPort());
  private TwilioSmsClient client;
  private ChannelConnection connection;

  @BeforeAll
  static void startStub() {
    twilio.start();
  }

  @AfterAll
  static void stopStub() {
    twilio.stop();
  }

  @BeforeEach
  void resetStub() {
    twilio.resetAll();
    client = new TwilioSmsClient(
        ProviderSettings.DEFAULT
            .withPublicBaseUrl(URI.create("https://switchboard.example.com/"))
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3)),
        InstantSource.fixed(Times.NOW));
    connection = Connections.twilio(URI.create(twilio.baseUrl()));
  }

  /** A client that gives up on an answer after 300 ms. */
  private static TwilioSmsClient impatient() {
    return new TwilioSmsClient(
        ProviderSettings.DEFAULT.withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300)),
        InstantSource.fixed(Times.NOW));
  }

  private void answer(int status, String body) {
    twilio.stubFor(post(urlEqualTo(PATH)).willReturn(
        aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
  }

  private static String twilioError(int code, String message, int status) {
    return """
        {"code":%d,"message":"%s","more_info":"https://www.twilio.com/docs/errors/%d","status":%d}"""
        .formatted(code, message, code, status);
  }

  @Test
  void givenText_send_postsTheFormWithBasicAuthAndReturnsTheSid() {
    answer(201, CREATED);

    SendOutcome outcome = client.send(connection, Deliveries.of(Channel.SMS, Payloads.text()));

    assertThat(outcome).isEqualTo(new SendOutcome.Accepted(SID));
    twilio.verify(postRequestedFor(urlEqualTo(PATH))
        .withBasicAuth(new BasicCredentials(Connections.ACCOUNT_SID, Connections.AUTH_TOKEN))
        .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded; charset=UTF-8"))
        .withRequestBody(equalTo("To=%2B31612345678&From=%2B15005550006"
            + "&Body=Hello+Jane%2C+thanks+for+your+application."
            + "&StatusCallback=https%3A%2F%2Fswitchboard.example.com%2Fproviders%2Ftwilio%2F" + Connections.ID)));
  }

  @Test
  void givenMessagingService_send_usesItInsteadOfFrom() {
    answer(201, CREATED);

    client.send(Connections.twilioWithService(URI.create(twilio.baseUrl()), "MG9752274e9e519418a7406176694466fa"),
        Deliveries.of(Channel.SMS, Payloads.text("Hi")));

    twilio.verify(postRequestedFor(urlEqualTo(PATH))
        .withFormParam("To", equalTo("+31612345678"))
        .withFormParam("MessagingServiceSid", equalTo("MG9752274e9e519418a7406176694466fa"))
        .withFormParam("Body", equalTo("Hi"))
        .withFormParam("StatusCallback", equalTo(CALLBACK))
        .withRequestBody(notContaining("From=")));
  }

  @Test
  void givenTemplate_send_postsTheRenderedText() {
    answer(201, CREATED);
    var template = Templates.approvedWithHeaderAndFooter();
    var payload = Templates.payload(template.id(),
        Templates.parameters(dev.switchboard.domain.template.ComponentType.HEADER, "Acme"),
        Templates.parameters(dev.switchboard.domain.template.ComponentType.BODY, "Jane", "Monday"));

    client.send(connection, Deliveries.template(Channel.SMS, template, payload));

    twilio.verify(postRequestedFor(urlEqualTo(PATH)).withFormParam("Body",
        equalTo("Interview at Acme\n\nHi Jane, your interview is on Monday.\n\nReply STOP to opt out")));
  }

  @Test
  void givenImageWithCaption_send_postsMediaUrlAndCaption() {
    answer(201, CREATED);

    client.send(connection, Deliveries.of(Channel.SMS, Payloads.imageWithCaption("Our office")));

    twilio.verify(postRequestedFor(urlEqualTo(PATH))
        .withFormParam("Body", equalTo("Our office"))
        .withFormParam("MediaUrl", equalTo(Payloads.IMAGE_URL.toString())));
  }

  @Test
  void givenNoPublicBaseUrl_send_asksForNoStatusCallback() {
    answer(201, CREATED);
    TwilioSmsClient withoutCallbacks = new TwilioSmsClient(ProviderSettings.DEFAULT, InstantSource.fixed(Times.NOW));

    withoutCallbacks.send(connection, Deliveries.of(Channel.SMS, Payloads.text()));

    twilio.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(notContaining("StatusCallback")));
  }

  @Test
  void givenInvalidTo_send_rejectsKeepingTheCode() {
    answer(400, twilioError(21211, "Invalid 'To' Phone Number: +3161234XXXX", 400));

    SendOutcome outcome = client.send(connection, Deliveries.of(Channel.SMS, Payloads.text()));

    assertThat(outcome).isEqualTo(new SendOutcome.Rejected("twilio 21211: Invalid 'To' Phone Number: +3161234XXXX"));
  }

  @Test
  void givenUnsubscribedRecipient_send_rejects() {
    answer(400, twilioError(21610, "Attempt to send to unsubscribed recipient", 400));

    SendOutcome outcome = client.send(connection, Deliveries.of(Channel.SMS, Payloads.text()));

    assertThat(outcome).isEqualTo(new SendOutcome.Rejected("twilio 21610: Attempt to send to unsubscribed recipient"));
  }

  @Test
  void givenWrongCredentials_send_rejects() {
    answer(401, twilioError(20003, "Authenticate", 401));

    SendOutcome outcome = client.send(connection, Deliveries.of(Channel.SMS, Payloads.text()));

    assertThat(outcome).isEqualTo(new SendOutcome.Rejected("twilio 20003: Authenticate"));
    assertThat(outcome.toString()).doesNotContain(Connections.AUTH_TOKEN);
  }

  @Test
  void given429WithRetryAfter_send_retriesNoEarlierThanAsked() {
    twilio.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "12")
        .withHeader("Content-Type", "application/json").withBody(twilioError(20429, "Too Many Requests", 429))));

    SendOutcome outcome = client.send(connection, Deliveries.of(Channel.SMS, Payloads.text()));

    assertThat(outcome).isEqualTo(
        new SendOutcome.RetryLater(Optional.of(Duration.ofSeconds(12)), "twilio 20429: Too Many Requests"));
  }

  @Test
  void given429WithoutRetryAfter_send_retriesWithOwnBackoff() {
    answer(429, twilioError(20429, "Too Many Requests", 429));

    SendOutcome outcome = client.send(connection, Deliveries.of(Channel.SMS, Payloads.text()));

    assertThat(outcome).isEqualTo(new SendOutcome.RetryLater(Optional.empty(), "twilio 20429: Too Many Requests"));
  }

  @Test
  void given500ThenSuccess_twoSends_retryThenAccept() {
    twilio.stubFor(post(urlEqualTo(PATH)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
            .withBody(twilioError(20500, "Internal Server Error", 500)))
        .willSetStateTo("recovered"));
    twilio.stubFor(post(urlEqualTo(PATH)).inScenario("flaky").whenScenarioStateIs("recovered")
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(CREATED)));

    SendOutcome first = client.send(connection, Deliveries.of(Channel.SMS, Payloads.text()));
    SendOutcome second = client.send(connection, Deliveries.of(Channel.SMS, Payloads.text()));

    assertThat(first).isEqualTo(new SendOutcome.RetryLater(Optional.empty(), "twilio 20500: Internal Server Error"));
    assertThat(second).isEqualTo(new SendOutcome.Accepted(SID));
  }

  @Test
  void givenAnswerSlowerThanTheTimeout_send_retries() {
    twilio.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(201).withFixedDelay(1_500).withBody(CREATED)));

    SendOutcome outcome = impatient().send(connection, Deliveries.of(Channel.SMS, Payloads.text()));

    assertThat(outcome).isInstanceOf(SendOutcome.RetryLater.class);
  }

  @Test
  void givenNothingListening_send_retries() {
    SendOutcome outcome = client.send(Connections.twilio(URI.create("http://127.0.0.1:" + Ports.closed())),
        Deliveries.of(Channel.SMS, Payloads.text()));

    assertThat(outcome).isInstanceOf(SendOutcome.RetryLater.class);
    assertThat(((SendOutcome.RetryLater) outcome).reason()).startsWith("twilio: cannot connect to 127.0.0.1");
  }
}
