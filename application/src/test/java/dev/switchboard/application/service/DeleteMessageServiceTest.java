package dev.switchboard.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.in.DeleteResult;
import dev.switchboard.application.port.out.ChangeEvent;
import dev.switchboard.application.testing.MessagingFixture;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.MessageId;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.testing.Ids;
import dev.switchboard.domain.thread.MessageThread;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeleteMessageServiceTest {

  private static final OrganizationId ORGANIZATION = Ids.ORGANIZATION;

  private final MessagingFixture fixture = MessagingFixture.create();
  private final MessageThread thread = fixture.smsThread(ORGANIZATION);

  @Test
  void givenAcceptedMessage_delete_removesItAndCancelsItsDeliveryJob() {
    Message accepted = fixture.sendText(thread, "Hello");

    DeleteResult result = fixture.core().deleteMessage().delete(ORGANIZATION, accepted.id());

    assertThat(result).isEqualTo(DeleteResult.DELETED);
    assertThat(fixture.adapters().messages().findById(ORGANIZATION, accepted.id())).isEmpty();
    assertThat(fixture.queueSize()).isZero();
  }

  @Test
  void givenDeletedUnsentMessage_dispatch_sendsNothing() {
    Message accepted = fixture.sendText(thread, "Hello");
    fixture.core().deleteMessage().delete(ORGANIZATION, accepted.id());

    int handled = fixture.core().dispatchDeliveries().dispatchDue();

    assertThat(handled).isZero();
    assertThat(fixture.gateway().deliveries()).isEmpty();
  }

  @Test
  void givenMessage_delete_recordsDeleteEventWithItsLastState() {
    Message accepted = fixture.sendText(thread, "Hello");
    int eventsBefore = fixture.events().size();

    fixture.core().deleteMessage().delete(ORGANIZATION, accepted.id());

    assertThat(fixture.eventsSince(eventsBefore)).singleElement().satisfies(event -> {
      assertThat(event.kind()).isEqualTo(ChangeEvent.Kind.DELETE);
      assertThat(event.resource()).isEqualTo(new ChangeEvent.Resource.MessageState(accepted));
    });
  }

  @Test
  void givenSentMessage_delete_removesIt() {
    Message accepted = fixture.sendText(thread, "Hello");
    fixture.core().dispatchDeliveries().dispatchDue();

    DeleteResult result = fixture.core().deleteMessage().delete(ORGANIZATION, accepted.id());

    assertThat(result).isEqualTo(DeleteResult.DELETED);
    assertThat(fixture.core().getMessage().get(ORGANIZATION, accepted.id())).isEmpty();
  }

  @Test
  void givenTwoQueuedMessages_deleteOne_keepsTheOtherJob() {
    Message deleted = fixture.sendText(thread, "First");
    Message kept = fixture.sendText(thread, "Second");

    fixture.core().deleteMessage().delete(ORGANIZATION, deleted.id());
    fixture.core().dispatchDeliveries().dispatchDue();

    assertThat(fixture.gateway().deliveries()).singleElement()
        .satisfies(delivery -> assertThat(delivery.message().id()).isEqualTo(kept.id()));
  }

  @Test
  void givenMessageOfAnotherOrganization_delete_isNotFoundAndKeepsMessageAndJob() {
    Message foreign = fixture.sendText(fixture.smsThread(Ids.OTHER_ORGANIZATION), "Hello");
    int eventsBefore = fixture.events().size();

    DeleteResult result = fixture.core().deleteMessage().delete(ORGANIZATION, foreign.id());

    assertThat(result).isEqualTo(DeleteResult.NOT_FOUND);
    assertThat(fixture.storedMessage(foreign)).isEqualTo(foreign);
    assertThat(fixture.queueSize()).isEqualTo(1);
    assertThat(fixture.eventsSince(eventsBefore)).isEmpty();
  }

  @Test
  void givenUnknownId_delete_isNotFound() {
    MessageId unknown = new MessageId(UUID.fromString("00000000-0000-7000-8000-0000000fffff"));

    DeleteResult result = fixture.core().deleteMessage().delete(ORGANIZATION, unknown);

    assertThat(result).isEqualTo(DeleteResult.NOT_FOUND);
  }
}
