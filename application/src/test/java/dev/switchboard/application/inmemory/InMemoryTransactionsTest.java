package dev.switchboard.application.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.in.SendMessageUseCase;
import dev.switchboard.application.port.out.ChangeEvent;
import dev.switchboard.application.port.out.DuplicateKeyException;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.service.MessagingCore;
import dev.switchboard.application.testing.FakeChannelGateway;
import dev.switchboard.application.testing.FixedRandom;
import dev.switchboard.application.testing.MessagingFixture;
import dev.switchboard.application.testing.MutableClock;
import dev.switchboard.application.testing.SequentialIdSource;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.channel.PhoneNumber;
import dev.switchboard.domain.message.EmailHeaders;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.MessageId;
import dev.switchboard.domain.message.TextPayload;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.testing.Ids;
import dev.switchboard.domain.thread.MessageThread;
import dev.switchboard.domain.thread.ThreadId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InMemoryTransactionsTest {

  private static final OrganizationId ORGANIZATION = Ids.ORGANIZATION;
  private static final Instant NOW = MessagingFixture.START;

  private final InMemoryAdapters adapters = InMemoryAdapters.create();
  private final MessageThread thread = MessageThread.start(
      new ThreadId(SequentialIdSource.id(1)), ORGANIZATION, Channel.SMS, new PhoneNumber("31612345678"), false, NOW);
  private final Message message = Message.accept(
      new MessageId(SequentialIdSource.id(2)), ORGANIZATION, thread.id(), Channel.SMS, "rita",
      new TextPayload("Hello"), EmailHeaders.NONE, NOW);

  private ChangeEvent created(Message stored) {
    return new ChangeEvent(ORGANIZATION, ChangeEvent.Kind.CREATE, new ChangeEvent.Resource.MessageState(stored), List.of(), NOW);
  }

  private long storedMessages() {
    return adapters.messages().list(ORGANIZATION, ListQuery.firstPage()).totals().orElseThrow().totalUnfiltered();
  }

  @Test
  void givenWorkThatThrowsAfterWriting_inTransaction_rollsBackMessageJobAndEvent() {
    adapters.threads().insert(thread);
    IllegalStateException failure = new IllegalStateException("boom");

    assertThatThrownBy(() -> adapters.transactions().inTransaction(() -> {
      adapters.messages().insert(message);
      adapters.deliveryQueue().enqueue(ORGANIZATION, message.id(), NOW);
      adapters.events().record(created(message));
      throw failure;
    })).isSameAs(failure);

    assertThat(adapters.messages().findById(ORGANIZATION, message.id())).isEmpty();
    assertThat(adapters.deliveryQueue().size()).isZero();
    assertThat(adapters.events().all()).isEmpty();
    assertThat(adapters.threads().findById(ORGANIZATION, thread.id())).contains(thread);
  }

  @Test
  void givenWorkThatCompletes_inTransaction_keepsEveryWrite() {
    adapters.threads().insert(thread);

    String result = adapters.transactions().inTransaction(() -> {
      adapters.messages().insert(message);
      adapters.deliveryQueue().enqueue(ORGANIZATION, message.id(), NOW);
      adapters.events().record(created(message));
      return "done";
    });

    assertThat(result).isEqualTo("done");
    assertThat(adapters.messages().findById(ORGANIZATION, message.id())).contains(message);
    assertThat(adapters.deliveryQueue().size()).isEqualTo(1);
    assertThat(adapters.events().all()).containsExactly(created(message));
  }

  @Test
  void givenNestedTransaction_outerWorkThrows_rollsBackTheInnerWritesToo() {
    adapters.threads().insert(thread);

    assertThatThrownBy(() -> adapters.transactions().inTransaction(() -> {
      adapters.transactions().inTransaction(() -> {
        adapters.messages().insert(message);
        return null;
      });
      throw new IllegalStateException("outer fails");
    })).hasMessage("outer fails");

    assertThat(storedMessages()).isZero();
  }

  @Test
  void givenStoredRows_updateAndDeleteThenThrow_restoresThem() {
    adapters.threads().insert(thread);
    adapters.messages().insert(message);
    adapters.deliveryQueue().enqueue(ORGANIZATION, message.id(), NOW);
    Message edited = message.edit("bob", new TextPayload("Changed"), EmailHeaders.NONE, NOW.plusSeconds(1));

    assertThatThrownBy(() -> adapters.transactions().inTransaction(() -> {
      adapters.messages().update(edited);
      adapters.threads().update(thread.withChatbotPaused(true, NOW.plusSeconds(1)));
      adapters.deliveryQueue().cancel(ORGANIZATION, message.id());
      adapters.threads().delete(ORGANIZATION, thread.id());
      throw new IllegalStateException("boom");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(adapters.threads().findById(ORGANIZATION, thread.id())).contains(thread);
    assertThat(adapters.messages().findById(ORGANIZATION, message.id())).contains(message);
    assertThat(adapters.deliveryQueue().size()).isEqualTo(1);
  }

  @Test
  void givenEventsBeforeTheTransaction_rollback_removesOnlyItsOwnEvents() {
    Message other = Message.accept(
        new MessageId(SequentialIdSource.id(3)), ORGANIZATION, thread.id(), Channel.SMS, "rita",
        new TextPayload("Earlier"), EmailHeaders.NONE, NOW);
    adapters.events().record(created(other));

    assertThatThrownBy(() -> adapters.transactions().inTransaction(() -> {
      adapters.events().record(created(message));
      adapters.events().record(created(message));
      throw new IllegalStateException("boom");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(adapters.events().all()).containsExactly(created(other));
  }

  @Test
  void givenDuplicateInsertInsideTransaction_earlierWritesOfTheTransactionAreRolledBack() {
    adapters.threads().insert(thread);
    MessageThread sameNumber = MessageThread.start(
        new ThreadId(SequentialIdSource.id(9)), ORGANIZATION, Channel.SMS, new PhoneNumber("31612345678"), false, NOW);

    assertThatThrownBy(() -> adapters.transactions().inTransaction(() -> {
      adapters.messages().insert(message);
      adapters.threads().insert(sameNumber);
      return null;
    })).isInstanceOf(DuplicateKeyException.class);

    assertThat(storedMessages()).isZero();
    assertThat(adapters.threads().findById(ORGANIZATION, sameNumber.id())).isEmpty();
  }

  @Test
  void givenOutboxThatFails_sendMessage_leavesNoMessageAndNoJob() {
    MutableClock clock = MutableClock.at(NOW);
    SequentialIdSource ids = new SequentialIdSource();
    adapters.threads().insert(thread);
    MessagingCore core = MessagingCore.create(
        MessagingFixture.ports(adapters, event -> {
          throw new IllegalStateException("outbox unavailable");
        }, clock, ids),
        new FakeChannelGateway(),
        MessagingFixture.POLICY,
        FixedRandom.of(0.0));

    assertThatThrownBy(() -> core.sendMessage().send(
        SendMessageUseCase.Command.of(ORGANIZATION, thread.id(), "rita", new TextPayload("Hello"))))
        .hasMessage("outbox unavailable");

    assertThat(storedMessages()).isZero();
    assertThat(adapters.deliveryQueue().size()).isZero();
  }

  @Test
  void givenUnknownMessage_cancel_changesNothing() {
    adapters.deliveryQueue().enqueue(ORGANIZATION, message.id(), NOW);

    adapters.deliveryQueue().cancel(ORGANIZATION, new MessageId(UUID.fromString("00000000-0000-7000-8000-0000000fffff")));
    adapters.deliveryQueue().cancel(Ids.OTHER_ORGANIZATION, message.id());

    assertThat(adapters.deliveryQueue().size()).isEqualTo(1);
  }
}
