package dev.switchboard.application.service;

import static dev.switchboard.application.testing.MessagingFixture.SEND_BY;
import static dev.switchboard.application.testing.MessagingFixture.body;
import static dev.switchboard.application.testing.MessagingFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.in.SendMessageUseCase.Command;
import dev.switchboard.application.port.in.SendMessageUseCase.Result;
import dev.switchboard.application.port.out.ChangeEvent;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.testing.MessagingFixture;
import dev.switchboard.domain.channel.EmailAddress;
import dev.switchboard.domain.message.DeliveryStatus;
import dev.switchboard.domain.message.EmailHeaders;
import dev.switchboard.domain.message.MediaPayload;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.MessagePayload;
import dev.switchboard.domain.message.Origin;
import dev.switchboard.domain.message.TemplatePayload;
import dev.switchboard.domain.message.TextPayload;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.template.ComponentType;
import dev.switchboard.domain.template.MessageTemplate;
import dev.switchboard.domain.template.TemplateId;
import dev.switchboard.domain.template.TemplateStatus;
import dev.switchboard.domain.testing.Ids;
import dev.switchboard.domain.thread.MessageThread;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SendMessageServiceTest {

  private static final OrganizationId ORGANIZATION = Ids.ORGANIZATION;
  private static final MediaPayload IMAGE = new MediaPayload(
      MediaPayload.Kind.IMAGE, URI.create("https://cdn.example.com/office.jpg"), Optional.empty(), Optional.empty());

  private final MessagingFixture fixture = MessagingFixture.create();

  private Result send(MessageThread thread, MessagePayload payload) {
    return fixture.core().sendMessage().send(Command.of(ORGANIZATION, thread.id(), SEND_BY, payload));
  }

  private Result sendEmail(MessageThread thread, List<String> cc, List<String> bcc) {
    return fixture.core().sendMessage().send(new Command(
        ORGANIZATION, thread.id(), SEND_BY, new TextPayload("Please find the details below."),
        Optional.of("Your interview"), cc, bcc));
  }

  private static TemplatePayload bodyParameters(MessageTemplate template, String... values) {
    return new TemplatePayload(template.id(), List.of(new TemplatePayload.Parameters(ComponentType.BODY, List.of(values))));
  }

  private long storedMessages() {
    return fixture.adapters().messages().list(ORGANIZATION, ListQuery.firstPage()).totals().orElseThrow().total();
  }

  /** Asserts that a refused send left no trace: no message, no job, no event. */
  private void assertNothingStored(long messagesBefore, int eventsBefore) {
    assertThat(storedMessages()).isEqualTo(messagesBefore);
    assertThat(fixture.queueSize()).isZero();
    assertThat(fixture.eventsSince(eventsBefore)).isEmpty();
  }

  private static String violationCode(Result result) {
    return expect(result, Result.Rejected.class).violation().code();
  }

  @Test
  void givenWhatsappWindowOpen_sendText_isAcceptedAndStoredAsAccepted() {
    MessageThread thread = fixture.whatsappThreadWithOpenWindow(ORGANIZATION);
    fixture.clock().advance(Duration.ofHours(1));

    Result result = send(thread, new TextPayload("Thanks, when are you available?"));

    Message accepted = expect(result, Result.Accepted.class).message();
    Message stored = fixture.storedMessage(accepted);
    assertThat(stored).isEqualTo(accepted);
    assertThat(stored.deliveryStatus()).isEqualTo(DeliveryStatus.ACCEPTED);
    assertThat(stored.origin()).isEqualTo(Origin.OUTBOUND);
    assertThat(stored.threadId()).isEqualTo(thread.id());
    assertThat(stored.sendBy()).isEqualTo(SEND_BY);
    assertThat(stored.payload()).isEqualTo(new TextPayload("Thanks, when are you available?"));
    assertThat(stored.providerMessageId()).isEmpty();
    assertThat(stored.createdAt()).isEqualTo(fixture.now());
    assertThat(stored.emailHeaders()).isEqualTo(EmailHeaders.NONE);
  }

  @Test
  void givenWhatsappWindowOpen_sendText_queuesOneDeliveryJobAndRecordsCreateEvent() {
    MessageThread thread = fixture.whatsappThreadWithOpenWindow(ORGANIZATION);
    int eventsBefore = fixture.events().size();

    Result result = send(thread, new TextPayload("Hello!"));

    Message accepted = expect(result, Result.Accepted.class).message();
    assertThat(fixture.queueSize()).isEqualTo(1);
    assertThat(fixture.eventsSince(eventsBefore)).singleElement().satisfies(event -> {
      assertThat(event.kind()).isEqualTo(ChangeEvent.Kind.CREATE);
      assertThat(event.resource()).isEqualTo(new ChangeEvent.Resource.MessageState(accepted));
      assertThat(event.occurredAt()).isEqualTo(fixture.now());
    });
  }

  @Test
  void givenWhatsappWindowClosingInOneSecond_sendText_isAccepted() {
    MessageThread thread = fixture.whatsappThreadWithOpenWindow(ORGANIZATION);
    fixture.clock().advance(Duration.ofHours(24).minusSeconds(1));

    Result result = send(thread, new TextPayload("Still there?"));

    assertThat(result).isInstanceOf(Result.Accepted.class);
  }

  @Test
  void givenWhatsappWindowClosed_sendText_isRejectedOutsideServiceWindow() {
    MessageThread thread = fixture.whatsappThreadWithOpenWindow(ORGANIZATION);
    fixture.clock().advance(Duration.ofHours(24));

    Result result = send(thread, new TextPayload("Still there?"));

    assertThat(violationCode(result)).isEqualTo("outside_service_window");
  }

  @Test
  void givenWhatsappWindowClosed_sendText_storesQueuesAndRecordsNothing() {
    MessageThread thread = fixture.whatsappThreadWithOpenWindow(ORGANIZATION);
    fixture.clock().advance(Duration.ofHours(25));
    long messagesBefore = storedMessages();
    int eventsBefore = fixture.events().size();

    send(thread, new TextPayload("Still there?"));

    assertNothingStored(messagesBefore, eventsBefore);
  }

  @Test
  void givenWhatsappThreadWhoseCandidateNeverWrote_sendText_isRejectedOutsideServiceWindow() {
    MessageThread thread = fixture.whatsappThread(ORGANIZATION);
    int eventsBefore = fixture.events().size();

    Result result = send(thread, new TextPayload("Hello!"));

    assertThat(violationCode(result)).isEqualTo("outside_service_window");
    assertNothingStored(0, eventsBefore);
  }

  @Test
  void givenWhatsappWindowClosed_sendApprovedTemplate_isAccepted() {
    MessageThread thread = fixture.whatsappThread(ORGANIZATION);
    MessageTemplate template = fixture.approvedTemplate(ORGANIZATION);

    Result result = send(thread, bodyParameters(template, "Jane", "Monday"));

    Message accepted = expect(result, Result.Accepted.class).message();
    assertThat(fixture.storedMessage(accepted).payload()).isEqualTo(bodyParameters(template, "Jane", "Monday"));
    assertThat(fixture.queueSize()).isEqualTo(1);
  }

  @Test
  void givenUnknownTemplate_send_isTemplateNotFoundAndStoresNothing() {
    MessageThread thread = fixture.whatsappThread(ORGANIZATION);
    TemplateId unknown = new TemplateId(UUID.fromString("00000000-0000-7000-8000-0000000fffff"));
    int eventsBefore = fixture.events().size();

    Result result = send(thread, new TemplatePayload(unknown, List.of()));

    assertThat(result).isEqualTo(new Result.TemplateNotFound(unknown));
    assertNothingStored(0, eventsBefore);
  }

  @Test
  void givenTemplateOfAnotherOrganization_send_isTemplateNotFound() {
    MessageThread thread = fixture.whatsappThread(ORGANIZATION);
    MessageTemplate foreign = fixture.approvedTemplate(Ids.OTHER_ORGANIZATION);

    Result result = send(thread, bodyParameters(foreign, "Jane", "Monday"));

    assertThat(result).isEqualTo(new Result.TemplateNotFound(foreign.id()));
  }

  @Test
  void givenPendingTemplate_sendOnWhatsapp_isRejectedNotApproved() {
    MessageThread thread = fixture.whatsappThreadWithOpenWindow(ORGANIZATION);
    MessageTemplate pending =
        fixture.createTemplate(ORGANIZATION, "reminder", "en", TemplateStatus.PENDING, body("Hi {{1}}"));
    int eventsBefore = fixture.events().size();
    long messagesBefore = storedMessages();

    Result result = send(thread, bodyParameters(pending, "Jane"));

    assertThat(violationCode(result)).isEqualTo("template_not_approved");
    assertNothingStored(messagesBefore, eventsBefore);
  }

  @Test
  void givenPendingTemplate_sendOnSms_isAcceptedBecauseOnlyWhatsappReviewsTemplates() {
    MessageThread thread = fixture.smsThread(ORGANIZATION);
    MessageTemplate pending =
        fixture.createTemplate(ORGANIZATION, "reminder", "en", TemplateStatus.PENDING, body("Hi {{1}}"));

    Result result = send(thread, bodyParameters(pending, "Jane"));

    assertThat(result).isInstanceOf(Result.Accepted.class);
  }

  @Test
  void givenTemplateWithTwoParameters_sendWithOne_isRejectedParameterMismatch() {
    MessageThread thread = fixture.whatsappThread(ORGANIZATION);
    MessageTemplate template = fixture.approvedTemplate(ORGANIZATION);
    int eventsBefore = fixture.events().size();

    Result result = send(thread, bodyParameters(template, "Jane"));

    assertThat(violationCode(result)).isEqualTo("template_parameters_mismatch");
    assertNothingStored(0, eventsBefore);
  }

  @Test
  void givenTemplateWithParameters_sendOnEmailWithNone_isRejectedParameterMismatch() {
    MessageThread thread = fixture.emailThread(ORGANIZATION);
    MessageTemplate template = fixture.approvedTemplate(ORGANIZATION);

    Result result = send(thread, new TemplatePayload(template.id(), List.of()));

    assertThat(violationCode(result)).isEqualTo("template_parameters_mismatch");
  }

  @Test
  void givenSmsThread_sendImage_isRejectedMediaNotSupported() {
    MessageThread thread = fixture.smsThread(ORGANIZATION);
    int eventsBefore = fixture.events().size();

    Result result = send(thread, IMAGE);

    assertThat(violationCode(result)).isEqualTo("media_not_supported");
    assertNothingStored(0, eventsBefore);
  }

  @Test
  void givenSmsThread_send1601Characters_isRejectedTooLong() {
    MessageThread thread = fixture.smsThread(ORGANIZATION);
    int eventsBefore = fixture.events().size();

    Result result = send(thread, new TextPayload("a".repeat(1601)));

    assertThat(violationCode(result)).isEqualTo("sms_too_long");
    assertNothingStored(0, eventsBefore);
  }

  @Test
  void givenSmsThread_send1600Characters_isAccepted() {
    MessageThread thread = fixture.smsThread(ORGANIZATION);

    Result result = send(thread, new TextPayload("a".repeat(1600)));

    assertThat(result).isInstanceOf(Result.Accepted.class);
  }

  @Test
  void givenSmsThread_sendTemplateRenderingTo1601Characters_isRejectedTooLong() {
    MessageThread thread = fixture.smsThread(ORGANIZATION);
    MessageTemplate template =
        fixture.createTemplate(ORGANIZATION, "long", "en", TemplateStatus.APPROVED, body("Hi {{1}}"));

    Result result = send(thread, bodyParameters(template, "x".repeat(1601 - "Hi ".length())));

    assertThat(violationCode(result)).isEqualTo("sms_too_long");
  }

  @Test
  void givenSmsThread_sendWithCc_isRejectedMultipleRecipients() {
    MessageThread thread = fixture.smsThread(ORGANIZATION);
    int eventsBefore = fixture.events().size();

    Result result = sendEmail(thread, List.of("recruiter@example.com"), List.of());

    assertThat(violationCode(result)).isEqualTo("multiple_recipients_not_supported");
    assertNothingStored(0, eventsBefore);
  }

  @Test
  void givenWhatsappThread_sendWithBcc_isRejectedMultipleRecipients() {
    MessageThread thread = fixture.whatsappThreadWithOpenWindow(ORGANIZATION);

    Result result = sendEmail(thread, List.of(), List.of("recruiter@example.com"));

    assertThat(violationCode(result)).isEqualTo("multiple_recipients_not_supported");
  }

  @Test
  void givenEmailThread_sendWithSubjectCcAndBcc_storesThemInEmailHeaders() {
    MessageThread thread = fixture.emailThread(ORGANIZATION);

    Result result = sendEmail(thread, List.of("Recruiter@Example.COM"), List.of("archive@example.org", "hr@example.org"));

    Message accepted = expect(result, Result.Accepted.class).message();
    assertThat(fixture.storedMessage(accepted).emailHeaders()).isEqualTo(new EmailHeaders(
        Optional.of("Your interview"),
        List.of(new EmailAddress("Recruiter@example.com")),
        List.of(new EmailAddress("archive@example.org"), new EmailAddress("hr@example.org"))));
    assertThat(fixture.queueSize()).isEqualTo(1);
  }

  @Test
  void givenEmailThread_sendWithInvalidCc_isRejectedInvalidEmailAddressAndStoresNothing() {
    MessageThread thread = fixture.emailThread(ORGANIZATION);
    int eventsBefore = fixture.events().size();

    Result result = sendEmail(thread, List.of("recruiter@example.com", "not an address"), List.of());

    assertThat(violationCode(result)).isEqualTo("invalid_email_address");
    assertThat(expect(result, Result.Rejected.class).violation().reason()).contains("not an address");
    assertNothingStored(0, eventsBefore);
  }

  @Test
  void givenEmailThread_sendWithInvalidBcc_isRejectedInvalidEmailAddress() {
    MessageThread thread = fixture.emailThread(ORGANIZATION);

    Result result = sendEmail(thread, List.of(), List.of("hr@"));

    assertThat(violationCode(result)).isEqualTo("invalid_email_address");
    assertThat(fixture.queueSize()).isZero();
  }

  @Test
  void givenEmailThread_sendImage_isAccepted() {
    MessageThread thread = fixture.emailThread(ORGANIZATION);

    Result result = send(thread, IMAGE);

    assertThat(result).isInstanceOf(Result.Accepted.class);
  }

  @Test
  void givenThreadOfAnotherOrganization_send_isThreadNotFoundAndStoresNothing() {
    MessageThread foreign = fixture.smsThread(Ids.OTHER_ORGANIZATION);
    int eventsBefore = fixture.events().size();

    Result result = send(foreign, new TextPayload("Hello"));

    assertThat(result).isEqualTo(new Result.ThreadNotFound());
    assertThat(fixture.adapters().messages().list(Ids.OTHER_ORGANIZATION, ListQuery.firstPage()).totals().orElseThrow()
        .total()).isZero();
    assertNothingStored(0, eventsBefore);
  }
}
