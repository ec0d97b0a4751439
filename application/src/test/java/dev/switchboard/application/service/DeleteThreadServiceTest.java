package dev.switchboard.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.in.DeleteResult;
import dev.switchboard.application.port.out.ChangeEvent;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.testing.MessagingFixture;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.testing.Ids;
import dev.switchboard.domain.thread.MessageThread;
import dev.switchboard.domain.thread.ThreadId;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeleteThreadServiceTest {

  private static final OrganizationId ORGANIZATION = Ids.ORGANIZATION;

  private final MessagingFixture fixture = MessagingFixture.create();

  @Test
  void givenThreadWithMessages_delete_removesTheThreadAndItsMessages() {
    var inbound = fixture.candidateWrites(ORGANIZATION, Channel.WHATSAPP, MessagingFixture.PHONE, Optional.of("wamid.in.1"));
    MessageThread thread = inbound.thread();
    Message outbound = fixture.sendText(thread, "Thanks for writing!");

    DeleteResult result = fixture.core().deleteThread().delete(ORGANIZATION, thread.id());

    assertThat(result).isEqualTo(DeleteResult.DELETED);
    assertThat(fixture.adapters().threads().findById(ORGANIZATION, thread.id())).isEmpty();
    assertThat(fixture.adapters().messages().findById(ORGANIZATION, inbound.message().id())).isEmpty();
    assertThat(fixture.adapters().messages().findById(ORGANIZATION, outbound.id())).isEmpty();
    assertThat(fixture.core().listMessages().list(ORGANIZATION, ListQuery.firstPage()).totals().orElseThrow()
        .totalUnfiltered()).isZero();
  }

  @Test
  void givenThread_delete_recordsDeleteEventWithItsLastState() {
    MessageThread thread = fixture.smsThread(ORGANIZATION);
    int eventsBefore = fixture.events().size();

    fixture.core().deleteThread().delete(ORGANIZATION, thread.id());

    assertThat(fixture.eventsSince(eventsBefore)).singleElement().satisfies(event -> {
      assertThat(event.kind()).isEqualTo(ChangeEvent.Kind.DELETE);
      assertThat(event.resource()).isEqualTo(new ChangeEvent.Resource.ThreadState(thread));
      assertThat(event.organizationId()).isEqualTo(ORGANIZATION);
    });
  }

  @Test
  void givenThreadWithAnUnsentMessage_delete_nothingIsSentAfterwards() {
    MessageThread thread = fixture.smsThread(ORGANIZATION);
    fixture.sendText(thread, "Your interview is tomorrow.");

    fixture.core().deleteThread().delete(ORGANIZATION, thread.id());
    int handled = fixture.core().dispatchDeliveries().dispatchDue();

    assertThat(handled).isEqualTo(1);
    assertThat(fixture.gateway().deliveries()).isEmpty();
    assertThat(fixture.queueSize()).isZero();
  }

  @Test
  void givenThreadOfAnotherOrganization_delete_isNotFoundAndKeepsIt() {
    MessageThread foreign = fixture.smsThread(Ids.OTHER_ORGANIZATION);
    int eventsBefore = fixture.events().size();

    DeleteResult result = fixture.core().deleteThread().delete(ORGANIZATION, foreign.id());

    assertThat(result).isEqualTo(DeleteResult.NOT_FOUND);
    assertThat(fixture.storedThread(foreign)).isEqualTo(foreign);
    assertThat(fixture.eventsSince(eventsBefore)).isEmpty();
  }

  @Test
  void givenDeletedThread_deleteAgain_isNotFound() {
    MessageThread thread = fixture.emailThread(ORGANIZATION);
    fixture.core().deleteThread().delete(ORGANIZATION, thread.id());

    DeleteResult result = fixture.core().deleteThread().delete(ORGANIZATION, thread.id());

    assertThat(result).isEqualTo(DeleteResult.NOT_FOUND);
  }

  @Test
  void givenUnknownId_delete_isNotFound() {
    ThreadId unknown = new ThreadId(UUID.fromString("00000000-0000-7000-8000-0000000fffff"));

    DeleteResult result = fixture.core().deleteThread().delete(ORGANIZATION, unknown);

    assertThat(result).isEqualTo(DeleteResult.NOT_FOUND);
    assertThat(fixture.events()).isEmpty();
  }

  @Test
  void givenTwoThreads_deleteOne_keepsTheOtherAndItsMessages() {
    MessageThread deleted = fixture.smsThread(ORGANIZATION);
    MessageThread kept = fixture.emailThread(ORGANIZATION);
    Message keptMessage = fixture.sendText(kept, "See you Monday.");

    fixture.core().deleteThread().delete(ORGANIZATION, deleted.id());

    assertThat(fixture.storedThread(kept)).isEqualTo(kept);
    assertThat(fixture.storedMessage(keptMessage)).isEqualTo(keptMessage);
  }
}
