package dev.switchboard.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.testing.Drafts;
import dev.switchboard.domain.testing.Ids;
import dev.switchboard.domain.testing.Payloads;
import dev.switchboard.domain.testing.Templates;
import dev.switchboard.domain.testing.Threads;
import dev.switchboard.domain.testing.Times;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutboundDraftTest {

  @Test
  void refusesNegativeExtraRecipients() {

    assertThatThrownBy(
            () -> new OutboundDraft(Threads.email(), Payloads.text(), Optional.empty(), -1, Times.NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("extraRecipients < 0");
  }

  @Test
  void givenTemplatePayload_refusesMissingTemplate() {

    assertThatThrownBy(
            () -> new OutboundDraft(Threads.sms(), Templates.approvedPayload(), Optional.empty(), 0, Times.NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a template message needs its template loaded");
  }

  @Test
  void givenTemplatePayload_refusesAnotherTemplate() {

    assertThatThrownBy(
            () ->
                new OutboundDraft(
                    Threads.sms(),
                    Templates.payload(Ids.template(99)),
                    Optional.of(Templates.approved()),
                    0,
                    Times.NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void text_renderedText_isTheText() {
    OutboundDraft draft = Drafts.of(Threads.sms(), Payloads.text("Hello"));

    Optional<String> rendered = draft.renderedText();

    assertThat(rendered).contains("Hello");
  }

  @Test
  void template_renderedText_isTheFilledInTemplate() {
    OutboundDraft draft = Drafts.approvedTemplate(Threads.sms());

    Optional<String> rendered = draft.renderedText();

    assertThat(rendered).contains("Hi Jane, your interview is on Monday.");
  }

  @Test
  void templateWithMismatchingParameters_renderedText_isEmpty() {
    OutboundDraft draft =
        Drafts.template(Threads.sms(), Templates.approved(), Templates.bodyPayload(Templates.approved(), "Jane"));

    Optional<String> rendered = draft.renderedText();

    assertThat(rendered).isEmpty();
  }

  @Test
  void mediaWithCaption_renderedText_isTheCaption() {
    OutboundDraft draft = Drafts.of(Threads.email(), Payloads.imageWithCaption("Our office"));

    Optional<String> rendered = draft.renderedText();

    assertThat(rendered).contains("Our office");
  }

  @Test
  void mediaWithoutCaption_renderedText_isEmpty() {
    OutboundDraft draft = Drafts.of(Threads.email(), Payloads.document());

    Optional<String> rendered = draft.renderedText();

    assertThat(rendered).isEmpty();
  }
}
