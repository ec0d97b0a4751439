package dev.switchboard.adapter.channel.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.switchboard.adapter.channel.ProviderSettings;
import dev.switchboard.adapter.channel.testing.Connections;
import dev.switchboard.adapter.channel.testing.Deliveries;
import dev.switchboard.adapter.channel.testing.Ports;
import dev.switchboard.application.port.out.CallbackOutcome;
import dev.switchboard.application.port.out.ChannelGateway.SendOutcome;
import dev.switchboard.domain.channel.EmailAddress;
import dev.switchboard.domain.connection.ChannelConnection;
import dev.switchboard.domain.message.EmailHeaders;
import dev.switchboard.domain.testing.Ids;
import dev.switchboard.domain.testing.Payloads;
import dev.switchboard.domain.testing.Templates;
import dev.switchboard.domain.testing.Times;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sending to a GreenMail SMTP server on a free port and reading back what arrived. */
class SmtpEmailClientTest {

  @RegisterExtension
  static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
      .withConfiguration(GreenMailConfiguration.aConfig().withUser("mailer", "s3cret-pass"));

  private static final EmailAddress CC = new EmailAddress("recruiter@example.com");
  private static final EmailAddress BCC = new EmailAddress("archive@example.org");
  private static final String EXPECTED_ID = "<sb." + Ids.MESSAGE.value() + "@acme.example.com>";

  private final SmtpEmailClient client = new SmtpEmailClient(
      ProviderSettings.DEFAULT.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)), InstantSource.fixed(Times.NOW));

  private ChannelConnection connection() {
    return Connections.smtp(greenMail.getSmtp().getPort(), Optional.empty(), Optional.empty());
  }

  private static String header(MimeMessage message, String name) throws MessagingException {
    String[] values = message.getHeader(name);
    return values == null ? null : values[0];
  }

  @Test
  void givenTextWithSubjectCcAndBcc_send_deliversToAllWithOurMessageId() throws Exception {
    EmailHeaders headers = new EmailHeaders(Optional.of("Your interview on Monday"), List.of(CC), List.of(BCC));

    SendOutcome outcome = client.send(connection(), Deliveries.email(Payloads.text(), headers));

    assertThat(outcome).isEqualTo(new SendOutcome.Accepted(EXPECTED_ID));
    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(3);
    MimeMessage mail = received[0];
    assertThat(mail.getSubject()).isEqualTo("Your interview on Monday");
    assertThat(mail.getFrom()).extracting(Object::toString).containsExactly(Connections.FROM_ADDRESS);
    assertThat(mail.getRecipients(RecipientType.TO)).extracting(Object::toString).containsExactly("jane.doe@example.com");
    assertThat(mail.getRecipients(RecipientType.CC)).extracting(Object::toString).containsExactly(CC.value());
    assertThat(mail.getHeader("Bcc")).isNull();
    assertThat(header(mail, "Message-ID")).isEqualTo(EXPECTED_ID);
    assertThat(GreenMailUtil.getBody(mail).strip()).isEqualTo(Payloads.TEXT);
    var bccMailbox = greenMail.getUserManager().getUserByEmail(BCC.value());
    assertThat(greenMail.getManagers().getImapHostManager().getInbox(bccMailbox).getMessageCount()).isEqualTo(1);
  }

  @Test
  void givenNoSubject_send_usesThePlaceholderSubject() throws Exception {
    client.send(connection(), Deliveries.email(Payloads.text(), EmailHeaders.NONE));

    assertThat(greenMail.getReceivedMessages()).singleElement()
        .satisfies(mail -> assertThat(mail.getSubject()).isEqualTo("(no subject)"));
  }

  @Test
  void givenTemplate_send_mailsTheRenderedText() throws Exception {
    var template = Templates.approved();

    client.send(connection(), Deliveries.emailTemplate(template, Templates.approvedPayload(),
        new EmailHeaders(Optional.of("Interview"), List.of(), List.of())));

    assertThat(GreenMailUtil.getBody(greenMail.getReceivedMessages()[0]).strip())
        .isEqualTo("Hi Jane, your interview is on Monday.");
  }

  @Test
  void givenTemplatePayloadWithoutTemplate_send_rejectsWithoutConnecting() {
    SendOutcome outcome = client.send(connection(), Deliveries.email(Templates.approvedPayload(), EmailHeaders.NONE));

    assertThat(outcome).isInstanceOf(SendOutcome.Rejected.class);
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void givenDocument_send_mailsALinkLine() throws Exception {
    client.send(connection(), Deliveries.email(Payloads.document(), EmailHeaders.NONE));

    assertThat(GreenMailUtil.getBody(greenMail.getReceivedMessages()[0]).strip())
        .isEqualTo("contract.pdf: " + Payloads.DOCUMENT_URL);
  }

  @Test
  void givenPreviousMessageId_send_setsInReplyToAndReferences() throws Exception {
    String parent = "<CAF=parent.123@mail.example.com>";

    client.send(connection(), Deliveries.email(Payloads.text(), EmailHeaders.NONE), Optional.of(parent));

    MimeMessage mail = greenMail.getReceivedMessages()[0];
    assertThat(header(mail, "In-Reply-To")).isEqualTo(parent);
    assertThat(header(mail, "References")).isEqualTo(parent);
  }

  @Test
  void givenTheSameDeliveryTwice_send_reusesTheMessageId() throws Exception {
    SendOutcome first = client.send(connection(), Deliveries.email(Payloads.text(), EmailHeaders.NONE));
    SendOutcome second = client.send(connection(), Deliveries.email(Payloads.text(), EmailHeaders.NONE));

    assertThat(second).isEqualTo(first);
    assertThat(greenMail.getReceivedMessages()).extracting(mail -> header(mail, "Message-ID"))
        .containsExactly(EXPECTED_ID, EXPECTED_ID);
  }

  @Test
  void givenCorrectLogin_send_authenticatesAndDelivers() {
    ChannelConnection withLogin =
        Connections.smtp(greenMail.getSmtp().getPort(), Optional.of("mailer"), Optional.of("s3cret-pass"));

    SendOutcome outcome = client.send(withLogin, Deliveries.email(Payloads.text(), EmailHeaders.NONE));

    assertThat(outcome).isEqualTo(new SendOutcome.Accepted(EXPECTED_ID));
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
  }

  @Test
  void givenWrongPassword_send_rejectsWithoutShowingThePassword() {
    ChannelConnection withLogin =
        Connections.smtp(greenMail.getSmtp().getPort(), Optional.of("mailer"), Optional.of("wrong-pass"));

    SendOutcome outcome = client.send(withLogin, Deliveries.email(Payloads.text(), EmailHeaders.NONE));

    assertThat(outcome).isInstanceOf(SendOutcome.Rejected.class);
    assertThat(((SendOutcome.Rejected) outcome).reason()).startsWith("smtp: authentication failed");
    assertThat(outcome.toString()).doesNotContain("wrong-pass");
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void givenNothingListening_send_retries() {
    ChannelConnection refused = Connections.smtp(Ports.closed(), Optional.empty(), Optional.empty());

    SendOutcome outcome = client.send(refused, Deliveries.email(Payloads.text(), EmailHeaders.NONE));

    assertThat(outcome).isInstanceOf(SendOutcome.RetryLater.class);
    assertThat(((SendOutcome.RetryLater) outcome).reason()).startsWith("smtp: Couldn't connect to host");
  }

  @Test
  void givenAnyCallback_interpret_isNotFound() {
    var callback = dev.switchboard.adapter.channel.testing.Callbacks.post("/providers/smtp/x", java.util.Map.of(), "");

    assertThat(client.interpret(connection(), callback)).isInstanceOfSatisfying(CallbackOutcome.Rejected.class,
        rejected -> assertThat(rejected.httpStatus()).isEqualTo(404));
  }
}
