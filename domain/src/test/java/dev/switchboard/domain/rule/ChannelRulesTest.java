package dev.switchboard.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.Violation;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.message.TemplatePayload;
import dev.switchboard.domain.template.ComponentType;
import dev.switchboard.domain.template.MessageTemplate;
import dev.switchboard.domain.template.TemplateStatus;
import dev.switchboard.domain.testing.Drafts;
import dev.switchboard.domain.testing.Ids;
import dev.switchboard.domain.testing.Payloads;
import dev.switchboard.domain.testing.Templates;
import dev.switchboard.domain.testing.Threads;
import dev.switchboard.domain.testing.Times;
import dev.switchboard.domain.thread.MessageThread;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ChannelRulesTest {

  private static final String EMOJI = "\uD83D\uDE00"; // one code point, two chars

  // outside_service_window

  @Test
  void givenOpenWindow_freeFormText_passes() {
    OutboundDraft draft = Drafts.text(Threads.whatsappWithOpenWindow());

    Optional<Violation> violation = ChannelRules.WHATSAPP_FREE_FORM_ONLY_IN_SERVICE_WINDOW.check(draft);

    assertThat(violation).isEmpty();
  }

  @Test
  void givenClosedWindow_freeFormText_isRefusedNamingWhenItClosed() {
    MessageThread thread = Threads.whatsappWithClosedWindow();
    OutboundDraft draft = Drafts.text(thread);

    Optional<Violation> violation = ChannelRules.WHATSAPP_FREE_FORM_ONLY_IN_SERVICE_WINDOW.check(draft);

    assertThat(violation)
        .contains(
            new Violation(
                "outside_service_window",
                "The WhatsApp 24-hour service window closed at "
                    + Times.hoursAgo(1)
                    + "; only a template message can reopen the conversation"));
  }

  @Test
  void givenNeverReceived_freeFormText_isRefusedAsNotStarted() {
    OutboundDraft draft = Drafts.text(Threads.whatsappNeverReceived());

    Optional<Violation> violation = ChannelRules.WHATSAPP_FREE_FORM_ONLY_IN_SERVICE_WINDOW.check(draft);

    assertThat(violation)
        .contains(
            new Violation(
                "outside_service_window",
                "The candidate has not written on WhatsApp yet, so only a template message can start the conversation"));
  }

  @Test
  void givenClosedWindow_media_isRefused() {
    OutboundDraft draft = Drafts.of(Threads.whatsappWithClosedWindow(), Payloads.image());

    Optional<Violation> violation = ChannelRules.WHATSAPP_FREE_FORM_ONLY_IN_SERVICE_WINDOW.check(draft);

    assertThat(violation).map(Violation::code).contains("outside_service_window");
  }

  @Test
  void givenClosedWindow_template_passes() {
    OutboundDraft draft = Drafts.approvedTemplate(Threads.whatsappWithClosedWindow());

    Optional<Violation> violation = ChannelRules.WHATSAPP_FREE_FORM_ONLY_IN_SERVICE_WINDOW.check(draft);

    assertThat(violation).isEmpty();
  }

  @Test
  void givenNeverReceived_template_passes() {
    OutboundDraft draft = Drafts.approvedTemplate(Threads.whatsappNeverReceived());

    Optional<Violation> violation = ChannelRules.WHATSAPP_FREE_FORM_ONLY_IN_SERVICE_WINDOW.check(draft);

    assertThat(violation).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = Channel.class, names = {"SMS", "EMAIL"})
  void givenChannelWithoutWindow_freeFormText_passes(Channel channel) {
    OutboundDraft draft = Drafts.text(Threads.on(channel));

    Optional<Violation> violation = ChannelRules.WHATSAPP_FREE_FORM_ONLY_IN_SERVICE_WINDOW.check(draft);

    assertThat(violation).isEmpty();
  }

  // template_not_approved

  @Test
  void approvedTemplate_passesApproval() {
    OutboundDraft draft = Drafts.approvedTemplate(Threads.whatsapp());

    Optional<Violation> violation = ChannelRules.WHATSAPP_TEMPLATE_MUST_BE_APPROVED.check(draft);

    assertThat(violation).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"PENDING, pending", "REJECTED, rejected", "PAUSED, paused"})
  void unapprovedTemplate_isRefusedNamingItsStatus(TemplateStatus status, String wireName) {
    MessageTemplate template = Templates.withStatus(status);
    OutboundDraft draft = Drafts.template(Threads.whatsapp(), template, Templates.approvedPayload());

    Optional<Violation> violation = ChannelRules.WHATSAPP_TEMPLATE_MUST_BE_APPROVED.check(draft);

    assertThat(violation)
        .contains(
            new Violation(
                "template_not_approved",
                "Template 'interview_invite' is " + wireName + "; WhatsApp sends only approved templates"));
  }

  @Test
  void text_passesApproval() {
    OutboundDraft draft = Drafts.text(Threads.whatsapp());

    Optional<Violation> violation = ChannelRules.WHATSAPP_TEMPLATE_MUST_BE_APPROVED.check(draft);

    assertThat(violation).isEmpty();
  }

  // template_parameters_mismatch

  static Stream<Arguments> matchingParameters() {
    return Stream.of(
        Arguments.of(Templates.approved(), Templates.approvedPayload()),
        Arguments.of(
            Templates.approvedWithHeaderAndFooter(),
            Templates.payload(
                Ids.template(2),
                Templates.parameters(ComponentType.BODY, "Jane", "Monday"),
                Templates.parameters(ComponentType.HEADER, "Amsterdam"))),
        Arguments.of(Templates.approvedWithoutPlaceholders(), Templates.payload(Ids.template(3))),
        Arguments.of(
            Templates.approvedWithoutPlaceholders(),
            Templates.payload(Ids.template(3), Templates.parameters(ComponentType.BODY))));
  }

  @ParameterizedTest
  @MethodSource("matchingParameters")
  void matchingParameters_pass(MessageTemplate template, TemplatePayload payload) {
    OutboundDraft draft = Drafts.template(Threads.whatsapp(), template, payload);

    Optional<Violation> violation = ChannelRules.TEMPLATE_PARAMETERS_MUST_MATCH.check(draft);

    assertThat(violation).isEmpty();
  }

  static Stream<Arguments> mismatchingParameters() {
    return Stream.of(
        Arguments.of(
            "too few",
            Templates.approved(),
            Templates.bodyPayload(Templates.approved(), "Jane"),
            "Template 'interview_invite' expects 2 body parameter(s) but the message gives 1 body parameter(s)"),
        Arguments.of(
            "too many",
            Templates.approved(),
            Templates.bodyPayload(Templates.approved(), "Jane", "Monday", "10:00"),
            "Template 'interview_invite' expects 2 body parameter(s) but the message gives 3 body parameter(s)"),
        Arguments.of(
            "none",
            Templates.approved(),
            Templates.payload(Ids.TEMPLATE),
            "Template 'interview_invite' expects 2 body parameter(s) but the message gives no parameters"),
        Arguments.of(
            "header missing",
            Templates.approvedWithHeaderAndFooter(),
            Templates.bodyPayload(Templates.approvedWithHeaderAndFooter(), "Jane", "Monday"),
            "Template 'interview_invite' expects 1 header parameter(s) and 2 body parameter(s)"
                + " but the message gives 2 body parameter(s)"),
        Arguments.of(
            "values for a template without placeholders",
            Templates.approvedWithoutPlaceholders(),
            Templates.bodyPayload(Templates.approvedWithoutPlaceholders(), "Jane"),
            "Template 'interview_invite' expects no parameters but the message gives 1 body parameter(s)"),
        Arguments.of(
            "values for the wrong component",
            Templates.approved(),
            Templates.payload(Ids.TEMPLATE, Templates.parameters(ComponentType.HEADER, "Jane", "Monday")),
            "Template 'interview_invite' expects 2 body parameter(s) but the message gives 2 header parameter(s)"),
        Arguments.of(
            "values for the footer",
            Templates.approvedWithHeaderAndFooter(),
            Templates.payload(
                Ids.template(2),
                Templates.parameters(ComponentType.HEADER, "Amsterdam"),
                Templates.parameters(ComponentType.BODY, "Jane", "Monday"),
                Templates.parameters(ComponentType.FOOTER, "x")),
            "Template 'interview_invite' expects 1 header parameter(s) and 2 body parameter(s)"
                + " but the message gives 1 header parameter(s) and 2 body parameter(s) and 1 footer parameter(s)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mismatchingParameters")
  void mismatchingParameters_areRefusedDescribingBoth(
      String description, MessageTemplate template, TemplatePayload payload, String reason) {
    OutboundDraft draft = Drafts.template(Threads.whatsapp(), template, payload);

    Optional<Violation> violation = ChannelRules.TEMPLATE_PARAMETERS_MUST_MATCH.check(draft);

    assertThat(violation).contains(new Violation("template_parameters_mismatch", reason));
  }

  @Test
  void text_passesParameterCheck() {
    OutboundDraft draft = Drafts.text(Threads.sms());

    Optional<Violation> violation = ChannelRules.TEMPLATE_PARAMETERS_MUST_MATCH.check(draft);

    assertThat(violation).isEmpty();
  }

  // multiple_recipients_not_supported

  @ParameterizedTest(name = "{0} with {1} extra")
  @CsvSource({"WHATSAPP, 0", "SMS, 0", "EMAIL, 0", "EMAIL, 1", "EMAIL, 5"})
  void singleRecipientOrEmail_passes(Channel channel, int extraRecipients) {
    OutboundDraft draft = Drafts.withExtraRecipients(Drafts.text(Threads.on(channel)), extraRecipients);

    Optional<Violation> violation = ChannelRules.SINGLE_RECIPIENT_UNLESS_EMAIL.check(draft);

    assertThat(violation).isEmpty();
  }

  @ParameterizedTest(name = "{0} with {1} extra")
  @CsvSource({"WHATSAPP, 1, whatsapp", "SMS, 1, sms", "SMS, 3, sms"})
  void extraRecipientsOnPhoneChannel_areRefused(Channel channel, int extraRecipients, String wireName) {
    OutboundDraft draft = Drafts.withExtraRecipients(Drafts.text(Threads.on(channel)), extraRecipients);

    Optional<Violation> violation = ChannelRules.SINGLE_RECIPIENT_UNLESS_EMAIL.check(draft);

    assertThat(violation)
        .contains(
            new Violation(
                "multiple_recipients_not_supported",
                "Several recipients (cc, bcc) are only possible on email, not on " + wireName));
  }

  // sms_too_long

  @ParameterizedTest(name = "{0} x ''{1}'': refused={2}")
  @CsvSource({
    "1,    a, false",
    "1600, a, false",
    "1601, a, true",
    "1600, \uD83D\uDE00, false",
    "1601, \uD83D\uDE00, true",
    "1600, é, false"
  })
  void text_isMeasuredInCodePoints(int codePoints, String unit, boolean refused) {
    OutboundDraft draft = Drafts.of(Threads.sms(), Payloads.textOfLength(codePoints, unit));

    Optional<Violation> violation = ChannelRules.SMS_AT_MOST_1600_CHARACTERS.check(draft);

    assertThat(violation.isPresent()).isEqualTo(refused);
  }

  @Test
  void textOf1601_isRefusedNamingTheLength() {
    OutboundDraft draft = Drafts.of(Threads.sms(), Payloads.textOfLength(1601, EMOJI));

    Optional<Violation> violation = ChannelRules.SMS_AT_MOST_1600_CHARACTERS.check(draft);

    assertThat(violation)
        .contains(new Violation("sms_too_long", "An SMS may hold at most 1600 characters; this one has 1601"));
  }

  @ParameterizedTest(name = "rendered length {0}: refused={1}")
  @CsvSource({"1600, false", "1601, true"})
  void template_isMeasuredAsRendered(int renderedLength, boolean refused) {
    MessageTemplate template = Templates.approved();
    int withoutName = template.render(type -> List.of("", "Monday")).length();
    TemplatePayload payload = Templates.bodyPayload(template, "x".repeat(renderedLength - withoutName), "Monday");
    OutboundDraft draft = Drafts.template(Threads.sms(), template, payload);

    Optional<Violation> violation = ChannelRules.SMS_AT_MOST_1600_CHARACTERS.check(draft);

    assertThat(violation.isPresent()).isEqualTo(refused);
  }

  @Test
  void templateWithHeaderAndFooter_isMeasuredWithTheBlankLinesBetweenThem() {
    MessageTemplate template = Templates.approvedWithHeaderAndFooter();
    int withoutCity =
        template.render(type -> type == ComponentType.HEADER ? List.of("") : List.of("Jane", "Monday")).length();
    TemplatePayload payload =
        Templates.payload(
            template.id(),
            Templates.parameters(ComponentType.HEADER, "x".repeat(1601 - withoutCity)),
            Templates.parameters(ComponentType.BODY, "Jane", "Monday"));
    OutboundDraft draft = Drafts.template(Threads.sms(), template, payload);

    Optional<Violation> violation = ChannelRules.SMS_AT_MOST_1600_CHARACTERS.check(draft);

    assertThat(violation)
        .contains(new Violation("sms_too_long", "An SMS may hold at most 1600 characters; this one has 1601"));
  }

  @Test
  void shortTemplateTextWithLongValues_isRefused() {
    TemplatePayload payload = Templates.bodyPayload(Templates.approved(), "x".repeat(1000), "y".repeat(1000));
    OutboundDraft draft = Drafts.template(Threads.sms(), Templates.approved(), payload);

    Optional<Violation> violation = ChannelRules.SMS_AT_MOST_1600_CHARACTERS.check(draft);

    assertThat(violation).map(Violation::code).contains("sms_too_long");
  }

  @Test
  void templateWithMismatchingParameters_isLeftToTheParameterRule() {
    TemplatePayload payload = Templates.bodyPayload(Templates.approved(), "x".repeat(2000));
    OutboundDraft draft = Drafts.template(Threads.sms(), Templates.approved(), payload);

    Optional<Violation> violation = ChannelRules.SMS_AT_MOST_1600_CHARACTERS.check(draft);

    assertThat(violation).isEmpty();
  }

  @Test
  void mediaCaption_isMeasured() {
    OutboundDraft draft = Drafts.of(Threads.sms(), Payloads.imageWithCaption("c".repeat(1601)));

    Optional<Violation> violation = ChannelRules.SMS_AT_MOST_1600_CHARACTERS.check(draft);

    assertThat(violation).map(Violation::code).contains("sms_too_long");
  }

  @Test
  void mediaWithoutCaption_hasNothingToMeasure() {
    OutboundDraft draft = Drafts.of(Threads.sms(), Payloads.image());

    Optional<Violation> violation = ChannelRules.SMS_AT_MOST_1600_CHARACTERS.check(draft);

    assertThat(violation).isEmpty();
  }

  // media_not_supported

  @Test
  void image_isRefusedOnSms() {
    OutboundDraft draft = Drafts.of(Threads.sms(), Payloads.image());

    Optional<Violation> violation = ChannelRules.SMS_TEXT_ONLY.check(draft);

    assertThat(violation).contains(new Violation("media_not_supported", "SMS cannot carry image messages"));
  }

  @Test
  void document_isRefusedNamingItsKind() {
    OutboundDraft draft = Drafts.of(Threads.sms(), Payloads.document());

    Optional<Violation> violation = ChannelRules.SMS_TEXT_ONLY.check(draft);

    assertThat(violation).map(Violation::reason).contains("SMS cannot carry document messages");
  }

  @Test
  void text_passesTextOnly() {
    OutboundDraft draft = Drafts.text(Threads.sms());

    Optional<Violation> violation = ChannelRules.SMS_TEXT_ONLY.check(draft);

    assertThat(violation).isEmpty();
  }

  @Test
  void template_passesTextOnly() {
    OutboundDraft draft = Drafts.approvedTemplate(Threads.sms());

    Optional<Violation> violation = ChannelRules.SMS_TEXT_ONLY.check(draft);

    assertThat(violation).isEmpty();
  }

  // forChannel

  @Test
  void whatsapp_appliesRecipientsApprovalParametersAndWindowInThatOrder() {

    List<ChannelRule> rules = ChannelRules.forChannel(Channel.WHATSAPP);

    assertThat(rules)
        .containsExactly(
            ChannelRules.SINGLE_RECIPIENT_UNLESS_EMAIL,
            ChannelRules.WHATSAPP_TEMPLATE_MUST_BE_APPROVED,
            ChannelRules.TEMPLATE_PARAMETERS_MUST_MATCH,
            ChannelRules.WHATSAPP_FREE_FORM_ONLY_IN_SERVICE_WINDOW);
  }

  @Test
  void sms_appliesRecipientsTextOnlyParametersAndLengthInThatOrder() {

    List<ChannelRule> rules = ChannelRules.forChannel(Channel.SMS);

    assertThat(rules)
        .containsExactly(
            ChannelRules.SINGLE_RECIPIENT_UNLESS_EMAIL,
            ChannelRules.SMS_TEXT_ONLY,
            ChannelRules.TEMPLATE_PARAMETERS_MUST_MATCH,
            ChannelRules.SMS_AT_MOST_1600_CHARACTERS);
  }

  @Test
  void email_appliesOnlyTheParameterRule() {

    List<ChannelRule> rules = ChannelRules.forChannel(Channel.EMAIL);

    assertThat(rules).containsExactly(ChannelRules.TEMPLATE_PARAMETERS_MUST_MATCH);
  }

  // firstViolation

  static Stream<Arguments> drafts() {
    TemplatePayload oneValue = Templates.bodyPayload(Templates.approved(), "Jane");
    return Stream.of(
        Arguments.of("whatsapp text in open window", Drafts.text(Threads.whatsapp()), null),
        Arguments.of(
            "whatsapp approved template, window closed",
            Drafts.approvedTemplate(Threads.whatsappWithClosedWindow()),
            null),
        Arguments.of(
            "whatsapp text, window closed",
            Drafts.text(Threads.whatsappWithClosedWindow()),
            "outside_service_window"),
        Arguments.of(
            "whatsapp cc, pending template, wrong parameters",
            Drafts.withExtraRecipients(Drafts.template(Threads.whatsapp(), Templates.pending(), oneValue), 1),
            "multiple_recipients_not_supported"),
        Arguments.of(
            "whatsapp cc, text, window closed",
            Drafts.withExtraRecipients(Drafts.text(Threads.whatsappWithClosedWindow()), 1),
            "multiple_recipients_not_supported"),
        Arguments.of(
            "whatsapp pending template, wrong parameters",
            Drafts.template(Threads.whatsapp(), Templates.pending(), oneValue),
            "template_not_approved"),
        Arguments.of(
            "whatsapp wrong parameters",
            Drafts.template(Threads.whatsappNeverReceived(), Templates.approved(), oneValue),
            "template_parameters_mismatch"),
        Arguments.of("sms text", Drafts.text(Threads.sms()), null),
        Arguments.of(
            "sms pending template",
            Drafts.template(Threads.sms(), Templates.pending(), Templates.approvedPayload()),
            null),
        Arguments.of(
            "sms cc and image",
            Drafts.withExtraRecipients(Drafts.of(Threads.sms(), Payloads.image()), 1),
            "multiple_recipients_not_supported"),
        Arguments.of(
            "sms image with long caption",
            Drafts.of(Threads.sms(), Payloads.imageWithCaption("c".repeat(1601))),
            "media_not_supported"),
        Arguments.of(
            "sms wrong parameters",
            Drafts.template(Threads.sms(), Templates.approved(), oneValue),
            "template_parameters_mismatch"),
        Arguments.of("sms long text", Drafts.of(Threads.sms(), Payloads.textOfLength(1601, "a")), "sms_too_long"),
        Arguments.of("email text with cc and bcc", Drafts.withExtraRecipients(Drafts.text(Threads.email()), 2), null),
        Arguments.of("email long text", Drafts.of(Threads.email(), Payloads.textOfLength(5000, "a")), null),
        Arguments.of("email image", Drafts.of(Threads.email(), Payloads.image()), null),
        Arguments.of(
            "email pending template",
            Drafts.template(Threads.email(), Templates.pending(), Templates.approvedPayload()),
            null),
        Arguments.of(
            "email cc, wrong parameters",
            Drafts.withExtraRecipients(Drafts.template(Threads.email(), Templates.approved(), oneValue), 1),
            "template_parameters_mismatch"));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource("drafts")
  void firstViolation_isTheFirstRefusalInTheChannelsOrder(String description, OutboundDraft draft, String code) {

    Optional<Violation> violation = ChannelRules.firstViolation(draft);

    assertThat(violation.map(Violation::code)).isEqualTo(Optional.ofNullable(code));
  }
}
