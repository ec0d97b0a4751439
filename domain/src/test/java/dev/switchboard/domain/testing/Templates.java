package dev.switchboard.domain.testing;

import dev.switchboard.domain.message.TemplatePayload;
import dev.switchboard.domain.template.ComponentType;
import dev.switchboard.domain.template.MessageTemplate;
import dev.switchboard.domain.template.TemplateCategory;
import dev.switchboard.domain.template.TemplateComponent;
import dev.switchboard.domain.template.TemplateId;
import dev.switchboard.domain.template.TemplateStatus;
import java.util.Arrays;
import java.util.List;

/** Message templates and the payloads that send them, all in {@link Ids#ORGANIZATION}, created at {@link Times#CREATED}. */
public final class Templates {

  public static final String NAME = "interview_invite";
  public static final String LANGUAGE = "en";
  public static final String BODY = "Hi {{1}}, your interview is on {{2}}.";
  public static final String HEADER = "Interview at {{1}}";
  public static final String FOOTER = "Reply STOP to opt out";
  public static final String BODY_WITHOUT_PLACEHOLDERS = "Thanks for applying, we will be in touch.";

  private Templates() {}

  /** Approved, body only: {@value #BODY}, so it expects two body parameters. */
  public static MessageTemplate approved() {
    return withStatus(TemplateStatus.APPROVED);
  }

  /** Like {@link #approved()} but in WhatsApp's review, or rejected or paused. */
  public static MessageTemplate withStatus(TemplateStatus status) {
    return template(Ids.TEMPLATE, status, body(BODY));
  }

  public static MessageTemplate pending() {
    return withStatus(TemplateStatus.PENDING);
  }

  /** Approved, with a header ({@value #HEADER}, one parameter), the usual body and a footer ({@value #FOOTER}). */
  public static MessageTemplate approvedWithHeaderAndFooter() {
    return template(Ids.template(2), TemplateStatus.APPROVED, header(HEADER), body(BODY), footer(FOOTER));
  }

  /** Approved, a body without placeholders: it is sent without parameters. */
  public static MessageTemplate approvedWithoutPlaceholders() {
    return template(Ids.template(3), TemplateStatus.APPROVED, body(BODY_WITHOUT_PLACEHOLDERS));
  }

  public static MessageTemplate template(TemplateId id, TemplateStatus status, TemplateComponent... components) {
    return new MessageTemplate(
        id,
        Ids.ORGANIZATION,
        NAME,
        LANGUAGE,
        TemplateCategory.UTILITY,
        List.of(components),
        status,
        Times.CREATED,
        Times.CREATED);
  }

  public static TemplateComponent header(String text) {
    return new TemplateComponent(ComponentType.HEADER, text);
  }

  public static TemplateComponent body(String text) {
    return new TemplateComponent(ComponentType.BODY, text);
  }

  public static TemplateComponent footer(String text) {
    return new TemplateComponent(ComponentType.FOOTER, text);
  }

  /** A payload that sends {@code template} with {@code values} for its body and nothing else. */
  public static TemplatePayload bodyPayload(MessageTemplate template, String... values) {
    return payload(template.id(), parameters(ComponentType.BODY, values));
  }

  /** The payload that fills {@link #approved()} correctly: "Hi Jane, your interview is on Monday." */
  public static TemplatePayload approvedPayload() {
    return bodyPayload(approved(), "Jane", "Monday");
  }

  public static TemplatePayload payload(TemplateId id, TemplatePayload.Parameters... components) {
    return new TemplatePayload(id, Arrays.asList(components));
  }

  public static TemplatePayload.Parameters parameters(ComponentType component, String... values) {
    return new TemplatePayload.Parameters(component, List.of(values));
  }
}
