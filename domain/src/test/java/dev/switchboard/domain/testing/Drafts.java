package dev.switchboard.domain.testing;

import dev.switchboard.domain.message.MessagePayload;
import dev.switchboard.domain.message.TemplatePayload;
import dev.switchboard.domain.rule.OutboundDraft;
import dev.switchboard.domain.template.MessageTemplate;
import dev.switchboard.domain.thread.MessageThread;
import java.util.Optional;

/** Outbound drafts for the channel rules, all at {@link Times#NOW} and without cc or bcc unless asked. */
public final class Drafts {

  private Drafts() {}

  public static OutboundDraft text(MessageThread thread) {
    return of(thread, Payloads.text());
  }

  public static OutboundDraft of(MessageThread thread, MessagePayload payload) {
    return new OutboundDraft(thread, payload, Optional.empty(), 0, Times.NOW);
  }

  /** {@code template} sent to {@code thread} with {@code payload}, the template already loaded. */
  public static OutboundDraft template(MessageThread thread, MessageTemplate template, TemplatePayload payload) {
    return new OutboundDraft(thread, payload, Optional.of(template), 0, Times.NOW);
  }

  /** {@link Templates#approved()} filled correctly, sent to {@code thread}. */
  public static OutboundDraft approvedTemplate(MessageThread thread) {
    return template(thread, Templates.approved(), Templates.approvedPayload());
  }

  public static OutboundDraft withExtraRecipients(OutboundDraft draft, int extraRecipients) {
    return new OutboundDraft(draft.thread(), draft.payload(), draft.template(), extraRecipients, draft.now());
  }
}
