package dev.switchboard.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.out.ChangeEvent;
import dev.switchboard.application.port.out.DeliveryQueue.Job;
import dev.switchboard.application.port.out.DuplicateKeyException;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.thread.MessageThread;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@code TransactionBoundary} does with the repositories that join it. */
abstract class TransactionContract extends PersistenceContract {

  static final Instant FAR_FUTURE = Instant.parse("2999-01-01T00:00:00Z");

  private ChangeEvent created(Message message) {
    return new ChangeEvent(org, ChangeEvent.Kind.CREATE, new ChangeEvent.Resource.MessageState(message), List.of(),
        message.createdAt());
  }

  private boolean queued(Message message) {
    // Claims far in the future see every job; a job this test finds is completed so it does not linger.
    List<Job> jobs = backend.deliveryQueue().claim(200, FAR_FUTURE, Duration.ofSeconds(1));
    boolean found = jobs.stream().anyMatch(job -> job.messageId().equals(message.id()));
    jobs.forEach(backend.deliveryQueue()::complete);
    return found;
  }

  @Test
  void commitsTheMessageItsJobAndItsEventTogether() {
    MessageThread thread = stored(whatsapp(org, 1));
    Message message = outbound(thread);

    String result = backend.transactions().inTransaction(() -> {
      backend.messages().insert(message);
      backend.deliveryQueue().enqueue(org, message.id(), T0);
      backend.events().record(created(message));
      return "done";
    });

    assertThat(result).isEqualTo("done");
    assertThat(backend.messages().findById(org, message.id())).contains(message);
    assertThat(backend.eventCount(org)).isEqualTo(1);
    assertThat(queued(message)).isTrue();
  }

  @Test
  void aFailureRollsBackTheMessageItsJobAndItsEvent() {
    MessageThread thread = stored(whatsapp(org, 1));
    Message message = outbound(thread);

    assertThatThrownBy(() -> backend.transactions().inTransaction(() -> {
      backend.messages().insert(message);
      backend.deliveryQueue().enqueue(org, message.id(), T0);
      backend.events().record(created(message));
      throw new IllegalStateException("provider exploded");
    })).isInstanceOf(IllegalStateException.class).hasMessage("provider exploded");

    assertThat(backend.messages().findById(org, message.id())).isEmpty();
    assertThat(backend.eventCount(org)).isZero();
    assertThat(queued(message)).isFalse();
    assertThat(backend.threads().findById(org, thread.id())).contains(thread);
  }

  @Test
  void aNestedTransactionJoinsTheOuterOne() {
    MessageThread thread = stored(whatsapp(org, 1));
    Message first = outbound(thread);
    Message second = outbound(thread);

    assertThatThrownBy(() -> backend.transactions().inTransaction(() -> {
      backend.messages().insert(first);
      String inner = backend.transactions().inTransaction(() -> {
        backend.messages().insert(second);
        return "inner";
      });
      assertThat(inner).isEqualTo("inner");
      assertThat(backend.messages().findById(org, second.id())).contains(second);
      throw new IllegalStateException("outer fails after inner returned");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(backend.messages().findById(org, first.id())).isEmpty();
    assertThat(backend.messages().findById(org, second.id())).isEmpty();
  }

  @Test
  void aDuplicateKeyRollsBackTheWholeTransaction() {
    MessageThread thread = stored(whatsapp(org, 1));
    MessageThread fresh = whatsapp(org, 2);

    assertThatThrownBy(() -> backend.transactions().inTransaction(() -> {
      backend.threads().insert(fresh);
      backend.threads().insert(whatsapp(org, 1));
      return null;
    })).isInstanceOf(DuplicateKeyException.class);

    assertThat(backend.threads().findById(org, fresh.id())).isEmpty();
    assertThat(backend.threads().findById(org, thread.id())).contains(thread);
  }

  @Test
  void recordsEventsOfEveryResourceType() {
    MessageThread thread = stored(whatsapp(org, 1));
    Message message = stored(outbound(thread));
    var template = template(org, "invite", "en", T0);

    backend.transactions().inTransaction(() -> {
      backend.events().record(new ChangeEvent(org, ChangeEvent.Kind.CREATE,
          new ChangeEvent.Resource.ThreadState(thread), List.of(), T0));
      backend.events().record(new ChangeEvent(org, ChangeEvent.Kind.UPDATE,
          new ChangeEvent.Resource.MessageState(message), List.of("deliveryStatus", "errorMessages"), T0));
      backend.events().record(new ChangeEvent(org, ChangeEvent.Kind.DELETE,
          new ChangeEvent.Resource.TemplateState(template), List.of(), T0));
      backend.events().record(new ChangeEvent(org, ChangeEvent.Kind.UPDATE,
          new ChangeEvent.Resource.ChannelState(ChannelRepositoryContract.whatsappChannel(org, true, 1)),
          List.of("isDefault"), T0));
      return null;
    });
    backend.events().record(created(message));

    assertThat(backend.eventCount(org)).isEqualTo(5);
    assertThat(backend.eventCount(otherOrg)).isZero();
  }
}
