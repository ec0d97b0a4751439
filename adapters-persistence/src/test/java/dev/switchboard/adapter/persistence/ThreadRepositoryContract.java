package dev.switchboard.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.out.DuplicateKeyException;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.thread.CandidateId;
import dev.switchboard.domain.thread.MessageThread;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@code MessageThreadRepository} does. */
abstract class ThreadRepositoryContract extends PersistenceContract {

  @Test
  void storesAndFindsAThreadWithEveryAttribute() {
    MessageThread thread = MessageThread.rehydrate(
        newThreadId(), org, Channel.WHATSAPP, phone(1), true, Optional.of(new CandidateId(UUID.randomUUID())),
        micros(0), micros(5), Optional.of(micros(3)));
    backend.threads().insert(thread);

    assertThat(backend.threads().findById(org, thread.id())).contains(thread);
    assertThat(backend.threads().findByIdForUpdate(org, thread.id())).contains(thread);
    assertThat(backend.threads().findByIdentifier(org, Channel.WHATSAPP, phone(1))).contains(thread);
    assertThat(backend.threads().findByIdentifier(org, Channel.SMS, phone(1))).isEmpty();
  }

  @Test
  void storesEmailThreadsWithoutOptionalAttributes() {
    MessageThread thread = stored(email(org, "Jane.Doe@example.com"));

    assertThat(backend.threads().findById(org, thread.id())).contains(thread);
    assertThat(backend.threads().findByIdentifier(org, Channel.EMAIL, thread.identifier())).contains(thread);
  }

  @Test
  void updatesIdentifierPauseCandidateAndLastInbound() {
    MessageThread thread = stored(whatsapp(org, 1));
    MessageThread changed = thread.withIdentifier(phone(2), micros(10))
        .withChatbotPaused(true, micros(11))
        .recordInbound(micros(12), micros(12));
    changed = ((MessageThread.CandidateAssignment.Assigned)
        changed.assignCandidate(new CandidateId(UUID.randomUUID()), micros(13))).thread();

    backend.threads().update(changed);

    assertThat(backend.threads().findById(org, thread.id())).contains(changed);
    assertThat(backend.threads().findByIdentifier(org, Channel.WHATSAPP, phone(1))).isEmpty();
  }

  @Test
  void refusesASecondThreadForTheSameChannelAndIdentifier() {
    stored(whatsapp(org, 1));

    assertThatThrownBy(() -> backend.threads().insert(whatsapp(org, 1))).isInstanceOf(DuplicateKeyException.class);
    // other channels, other identifiers and other organizations are free
    stored(thread(org, Channel.SMS, phone(1), T0));
    stored(whatsapp(org, 2));
    stored(whatsapp(otherOrg, 1));
  }

  @Test
  void refusesATakenId() {
    MessageThread thread = stored(whatsapp(org, 1));
    MessageThread sameId = MessageThread.rehydrate(thread.id(), org, Channel.SMS, phone(9), false, Optional.empty(),
        T0, T0, Optional.empty());

    assertThatThrownBy(() -> backend.threads().insert(sameId)).isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void refusesToMoveAThreadToAnIdentifierAnotherThreadHolds() {
    stored(whatsapp(org, 1));
    MessageThread second = stored(whatsapp(org, 2));

    assertThatThrownBy(() -> backend.threads().update(second.withIdentifier(phone(1), micros(1))))
        .isInstanceOf(DuplicateKeyException.class);
    assertThat(backend.threads().findById(org, second.id())).contains(second);
  }

  @Test
  void deletingAThreadDeletesItsMessages() {
    MessageThread thread = stored(whatsapp(org, 1));
    var message = stored(outbound(thread));
    MessageThread other = stored(whatsapp(org, 2));
    var otherMessage = stored(outbound(other));

    backend.threads().delete(org, thread.id());

    assertThat(backend.threads().findById(org, thread.id())).isEmpty();
    assertThat(backend.messages().findById(org, message.id())).isEmpty();
    assertThat(backend.messages().findById(org, otherMessage.id())).contains(otherMessage);
  }

  @Test
  void anotherOrganizationNeverSeesOrChangesTheThread() {
    MessageThread thread = stored(whatsapp(org, 1));

    assertThat(backend.threads().findById(otherOrg, thread.id())).isEmpty();
    assertThat(backend.threads().findByIdForUpdate(otherOrg, thread.id())).isEmpty();
    assertThat(backend.threads().findByIdentifier(otherOrg, Channel.WHATSAPP, phone(1))).isEmpty();
    assertThat(backend.threads().list(otherOrg, ListQuery.firstPage()).items()).isEmpty();
    assertThat(backend.threads().list(otherOrg, ListQuery.firstPage()).totals().orElseThrow().totalUnfiltered()).isZero();

    MessageThread foreign = MessageThread.rehydrate(thread.id(), otherOrg, Channel.WHATSAPP, phone(1), true,
        Optional.empty(), T0, micros(1), Optional.empty());
    backend.threads().update(foreign);
    backend.threads().delete(otherOrg, thread.id());

    assertThat(backend.threads().findById(org, thread.id())).contains(thread);
  }
}
