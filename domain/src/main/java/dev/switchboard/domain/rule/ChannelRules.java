package dev.switchboard.domain.rule;

import dev.switchboard.domain.Violation;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.message.MediaPayload;
import dev.switchboard.domain.message.TemplatePayload;
import dev.switchboard.domain.template.ComponentType;
import dev.switchboard.domain.template.MessageTemplate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The named channel policies and which of them each channel applies. */
public final class ChannelRules {

  /** Twilio's limit for one outgoing SMS body, concatenated segments included. */
  public static final int SMS_MAX_CHARACTERS = 1600;

  private ChannelRules() {}

  /** WhatsApp allows free-form messages only within 24 hours of the person's last message; templates always. */
  public static final ChannelRule WHATSAPP_FREE_FORM_ONLY_IN_SERVICE_WINDOW =
      draft ->
          draft.payload() instanceof TemplatePayload || draft.thread().isServiceWindowOpen(draft.now())
              ? Optional.empty()
              : violation(
                  "outside_service_window",
                  draft.thread().serviceWindowExpiresAt().isPresent()
                      ? "The WhatsApp 24-hour service window closed at "
                          + draft.thread().serviceWindowExpiresAt().get()
                          + "; only a template message can reopen the conversation"
                      : "The candidate has not written on WhatsApp yet, so only a template message can start the conversation");

  /** WhatsApp sends only templates that Meta approved. */
  public static final ChannelRule WHATSAPP_TEMPLATE_MUST_BE_APPROVED =
      draft ->
          draft.template().filter(template -> !template.isApproved())
              .flatMap(
                  template ->
                      violation(
                          "template_not_approved",
                          "Template '" + template.name() + "' is " + template.status().wireName()
                              + "; WhatsApp sends only approved templates"));

  /** Every placeholder gets exactly one value, and no value is given for a component without placeholders. */
  public static final ChannelRule TEMPLATE_PARAMETERS_MUST_MATCH =
      draft -> {
        if (!(draft.payload() instanceof TemplatePayload payload)) {
          return Optional.empty();
        }
        MessageTemplate template = draft.template().orElseThrow();
        return parametersMatch(template, payload)
            ? Optional.empty()
            : violation(
                "template_parameters_mismatch",
                "Template '" + template.name() + "' expects " + describe(template.expectedParameters())
                    + " but the message gives " + describe(given(payload)));
      };

  /** Only email can address several people at once. */
  public static final ChannelRule SINGLE_RECIPIENT_UNLESS_EMAIL =
      draft ->
          draft.extraRecipients() == 0 || draft.thread().channel() == Channel.EMAIL
              ? Optional.empty()
              : violation(
                  "multiple_recipients_not_supported",
                  "Several recipients (cc, bcc) are only possible on email, not on "
                      + draft.thread().channel().wireName());

  /** An SMS over 1600 characters would be refused by the carrier, so it is refused up front. */
  public static final ChannelRule SMS_AT_MOST_1600_CHARACTERS =
      draft ->
          draft.renderedText()
              .map(text -> text.codePointCount(0, text.length()))
              .filter(length -> length > SMS_MAX_CHARACTERS)
              .flatMap(
                  length ->
                      violation(
                          "sms_too_long",
                          "An SMS may hold at most " + SMS_MAX_CHARACTERS + " characters; this one has " + length));

  /** SMS carries text only (MMS is not supported). */
  public static final ChannelRule SMS_TEXT_ONLY =
      draft ->
          draft.payload() instanceof MediaPayload media
              ? violation("media_not_supported", "SMS cannot carry " + media.kind().wireName() + " messages")
              : Optional.empty();

  private static final Map<Channel, List<ChannelRule>> RULES =
      Map.of(
          Channel.WHATSAPP,
          List.of(
              SINGLE_RECIPIENT_UNLESS_EMAIL,
              WHATSAPP_TEMPLATE_MUST_BE_APPROVED,
              TEMPLATE_PARAMETERS_MUST_MATCH,
              WHATSAPP_FREE_FORM_ONLY_IN_SERVICE_WINDOW),
          Channel.SMS,
          List.of(SINGLE_RECIPIENT_UNLESS_EMAIL, SMS_TEXT_ONLY, TEMPLATE_PARAMETERS_MUST_MATCH, SMS_AT_MOST_1600_CHARACTERS),
          Channel.EMAIL,
          List.of(TEMPLATE_PARAMETERS_MUST_MATCH));

  public static List<ChannelRule> forChannel(Channel channel) {
    return RULES.get(channel);
  }

  /** The first rule of the thread's channel that refuses the draft, if any. */
  public static Optional<Violation> firstViolation(OutboundDraft draft) {
    // A loop rather than a stream: every send runs it, and the stream's set-up cost more than the rules.
    for (ChannelRule rule : forChannel(draft.thread().channel())) {
      Optional<Violation> violation = rule.check(draft);
      if (violation.isPresent()) {
        return violation;
      }
    }
    return Optional.empty();
  }

  static boolean parametersMatch(MessageTemplate template, TemplatePayload payload) {
    return given(payload).equals(template.expectedParameters());
  }

  private static Map<ComponentType, Integer> given(TemplatePayload payload) {
    return Arrays.stream(ComponentType.values())
        .filter(type -> !payload.valuesFor(type).isEmpty())
        .collect(Collectors.toMap(type -> type, type -> payload.valuesFor(type).size()));
  }

  private static String describe(Map<ComponentType, Integer> counts) {
    if (counts.isEmpty()) {
      return "no parameters";
    }
    return Arrays.stream(ComponentType.values())
        .filter(counts::containsKey)
        .map(type -> counts.get(type) + " " + type.name().toLowerCase(Locale.ROOT) + " parameter(s)")
        .collect(Collectors.joining(" and "));
  }

  private static Optional<Violation> violation(String code, String reason) {
    return Optional.of(new Violation(code, reason));
  }
}
