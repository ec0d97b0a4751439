package dev.switchboard.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.message.DeliveryStatus;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.Origin;
import dev.switchboard.domain.rule.ChannelRules;
import dev.switchboard.domain.template.ComponentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The shared ids, templates, messages and drafts are what their names promise. */
class FixturesTest {

  @Test
  void ids_areFixedAndDistinctPerKind() {

    String thread = Ids.thread(1).toString();

    assertThat(thread).isEqualTo("00000000-0000-0000-0002-000000000001");
    assertThat(Ids.thread(1).value()).isNotEqualTo(Ids.message(1).value());
  }

  @Test
  void approvedTemplate_isApprovedAndExpectsTwoBodyValues() {

    var template = Templates.approved();

    assertThat(template.isApproved()).isTrue();
    assertThat(template.expectedParameters()).isEqualTo(Map.of(ComponentType.BODY, 2));
    assertThat(template.preview()).startsWith("Hi {{1}}, ");
  }

  @Test
  void approvedPayload_rendersTheApprovedTemplate() {

    String text = Templates.approved().render(Templates.approvedPayload()::valuesFor);

    assertThat(text).isEqualTo("Hi Jane, your interview is on Monday.");
  }

  @Test
  void acceptedOutbound_isEditableAndWithoutProviderId() {

    Message message = Messages.acceptedOutbound();

    assertThat(message.isEditable()).isTrue();
    assertThat(message.providerMessageId()).isEmpty();
    assertThat(message.threadId()).isEqualTo(Threads.whatsapp().id());
  }

  @ParameterizedTest
  @EnumSource(Channel.class)
  void inbound_isReceivedOnTheMatchingThread(Channel channel) {

    Message message = Messages.inbound(channel);

    assertThat(message.origin()).isEqualTo(Origin.INBOUND);
    assertThat(message.deliveryStatus()).isEqualTo(DeliveryStatus.RECEIVED);
    assertThat(message.threadId()).isEqualTo(Threads.on(channel).id());
  }

  @Test
  void failed_recordsTheReason() {

    Message message = Messages.failed("timeout");

    assertThat(message.deliveryStatus()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(message.errorMessages()).containsExactly("timeout");
  }

  @Test
  void acceptedEmail_carriesSubjectAndCc() {

    Message message = Messages.acceptedEmail();

    assertThat(message.emailHeaders().subject()).contains(Messages.SUBJECT);
    assertThat(message.emailHeaders().extraRecipients()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Channel.class)
  void approvedTemplateDraft_passesEveryRuleOfEveryChannel(Channel channel) {

    var violation = ChannelRules.firstViolation(Drafts.approvedTemplate(Threads.on(channel)));

    assertThat(violation).isEmpty();
  }
}
