package dev.switchboard.adapter.channel.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.channel.ProviderSettings;
import dev.switchboard.adapter.channel.testing.Connections;
import dev.switchboard.adapter.channel.testing.Deliveries;
import dev.switchboard.application.port.out.ChannelGateway.SendOutcome;
import dev.switchboard.domain.channel.EmailAddress;
import dev.switchboard.domain.message.EmailHeaders;
import dev.switchboard.domain.testing.Ids;
import dev.switchboard.domain.testing.Payloads;
import dev.switchboard.domain.testing.Times;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the relay's replies amount to, against a scripted relay: partial, transient and permanent failures. */
class SmtpFailuresTest {

  private static final String TO = "jane.doe@example.com";
  private static final EmailAddress CC = new EmailAddress("recruiter@example.com");
  private static final EmailHeaders WITH_CC = new EmailHeaders(Optional.of("Interview"), List.of(CC), List.of());
  private static final String EXPECTED_ID = "<sb." + Ids.MESSAGE.value() + "@acme.example.com>";

  private final ScriptedSmtpServer relay = new ScriptedSmtpServer();
  private final SmtpEmailClient client = new SmtpEmailClient(
      ProviderSettings.DEFAULT.withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500)), InstantSource.fixed(Times.NOW));

  @AfterEach
  void stopRelay() {
    relay.close();
  }

  private SendOutcome send(EmailHeaders headers) {
    return client.send(Connections.smtp(relay.port(), Optional.empty(), Optional.empty()),
        Deliveries.email(Payloads.text(), headers));
  }

  @Test
  void givenOneRecipientRefused_send_acceptsWithAWarningForIt() {
    relay.refuse(CC.value(), "550 5.1.1 <recruiter@example.com>: Recipient address rejected: User unknown");

    SendOutcome outcome = send(WITH_CC);

    assertThat(outcome).isEqualTo(new SendOutcome.Accepted(EXPECTED_ID, List.of(
        "smtp: recipient recruiter@example.com refused: 550 5.1.1 <recruiter@example.com>: Recipient address"
            + " rejected: User unknown")));
    assertThat(relay.acceptedRecipients()).containsExactly(TO);
    assertThat(relay.messages()).hasSize(1);
  }

  @Test
  void givenEveryRecipientRefusedPermanently_send_rejects() {
    relay.refuse(TO, "550 5.1.1 User unknown");

    SendOutcome outcome = send(EmailHeaders.NONE);

    assertThat(outcome).isInstanceOf(SendOutcome.Rejected.class);
    assertThat(((SendOutcome.Rejected) outcome).reason()).startsWith("smtp 550: 550 5.1.1 User unknown");
    assertThat(relay.messages()).isEmpty();
  }

  @Test
  void givenRecipientRefusedTemporarily_send_retries() {
    relay.refuse(TO, "450 4.2.0 Mailbox busy, greylisted");

    SendOutcome outcome = send(EmailHeaders.NONE);

    assertThat(outcome).isInstanceOf(SendOutcome.RetryLater.class);
    assertThat(((SendOutcome.RetryLater) outcome).reason()).startsWith("smtp 450:");
  }

  @Test
  void givenMessageRefusedPermanentlyAfterData_send_rejects() {
    relay.answerData("554 5.7.1 Message rejected as spam");

    SendOutcome outcome = send(EmailHeaders.NONE);

    assertThat(outcome).isInstanceOf(SendOutcome.Rejected.class);
    assertThat(((SendOutcome.Rejected) outcome).reason()).startsWith("smtp 554:").contains("rejected as spam");
  }

  @Test
  void givenMessageDeferredAfterData_send_retries() {
    relay.answerData("451 4.3.0 Temporary local problem");

    SendOutcome outcome = send(EmailHeaders.NONE);

    assertThat(outcome).isInstanceOf(SendOutcome.RetryLater.class);
    assertThat(((SendOutcome.RetryLater) outcome).reason()).startsWith("smtp 451:");
  }

  @Test
  void givenSilentRelay_send_retriesAfterTheReadTimeout() {
    relay.silent();

    SendOutcome outcome = send(EmailHeaders.NONE);

    assertThat(outcome).isInstanceOf(SendOutcome.RetryLater.class);
  }
}
