package dev.switchboard.application.service;

import dev.switchboard.application.port.out.MessageTemplateRepository;
import dev.switchboard.domain.Violation;
import dev.switchboard.domain.message.MessagePayload;
import dev.switchboard.domain.message.TemplatePayload;
import dev.switchboard.domain.rule.ChannelRules;
import dev.switchboard.domain.rule.OutboundDraft;
import dev.switchboard.domain.template.MessageTemplate;
import dev.switchboard.domain.template.TemplateId;
import dev.switchboard.domain.thread.MessageThread;
import java.time.Instant;
import java.util.Optional;

/** What sending and editing a message both check: the template exists, and the channel's rules pass. */
final class OutboundChecks {

  sealed interface Verdict {
    record Allowed(Optional<MessageTemplate> template) implements Verdict {}

    record UnknownTemplate(TemplateId templateId) implements Verdict {}

    record Refused(Violation violation) implements Verdict {}
  }

  private final MessageTemplateRepository templates;

  OutboundChecks(MessageTemplateRepository templates) {
    this.templates = templates;
  }

  Verdict check(MessageThread thread, MessagePayload payload, int extraRecipients, Instant now) {
    Optional<MessageTemplate> template = Optional.empty();
    if (payload instanceof TemplatePayload templatePayload) {
      template = templates.findById(thread.organizationId(), templatePayload.templateId());
      if (template.isEmpty()) {
        return new Verdict.UnknownTemplate(templatePayload.templateId());
      }
    }
    OutboundDraft draft = new OutboundDraft(thread, payload, template, extraRecipients, now);
    Optional<Violation> violation = ChannelRules.firstViolation(draft);
    return violation.<Verdict>map(Verdict.Refused::new).orElse(new Verdict.Allowed(template));
  }
}
