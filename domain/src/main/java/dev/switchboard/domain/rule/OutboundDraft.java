package dev.switchboard.domain.rule;

import dev.switchboard.domain.message.MediaPayload;
import dev.switchboard.domain.message.MessagePayload;
import dev.switchboard.domain.message.TemplatePayload;
import dev.switchboard.domain.message.TextPayload;
import dev.switchboard.domain.template.MessageTemplate;
import dev.switchboard.domain.thread.MessageThread;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the channel rules look at before a message is accepted: the thread it goes to, what it says, the
 * template it refers to (already loaded), how many people besides the thread's identifier receive it, and when.
 */
public record OutboundDraft(
    MessageThread thread,
    MessagePayload payload,
    Optional<MessageTemplate> template,
    int extraRecipients,
    Instant now) {

  public OutboundDraft {
    Objects.requireNonNull(thread, "thread");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(now, "now");
    if (extraRecipients < 0) {
      throw new IllegalArgumentException("extraRecipients < 0");
    }
    if (payload instanceof TemplatePayload templatePayload
        && template.filter(loaded -> loaded.id().equals(templatePayload.templateId())).isEmpty()) {
      throw new IllegalArgumentException("a template message needs its template loaded");
    }
  }

  /** The text a person will read, for the rules that measure it: the text itself or the rendered template. */
  Optional<String> renderedText() {
    return switch (payload) {
      case TextPayload text -> Optional.of(text.value());
      case TemplatePayload templatePayload ->
          template.filter(loaded -> ChannelRules.parametersMatch(loaded, templatePayload))
              .map(loaded -> loaded.render(templatePayload::valuesFor));
      case MediaPayload media -> media.caption();
    };
  }
}
