package dev.switchboard.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.switchboard.application.port.out.ChangeEvent;
import dev.switchboard.application.port.out.DuplicateKeyException;
import dev.switchboard.application.port.out.ThreadDeletedException;
import dev.switchboard.domain.channel.EmailAddress;
import dev.switchboard.domain.message.EmailHeaders;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.testing.Payloads;
import dev.switchboard.domain.thread.MessageThread;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.FutureTask;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The group commit of the database writer: a batch that fails is written again message by message, and a message whose
 * thread is gone fails as such.
 */
abstract class JdbiAcceptedMessageWriterContract extends AcceptedMessageWriterContract {

  /** The batch stores the JSON columns (payload, headers, event snapshot) exactly as the repositories write them. */
  @Test
  void jsonColumnsAreStoredAsWritten_quotesBackslashesAndNonAsciiIntact() {
    MessageThread thread = stored(email(org, "ann@example.com"));
    String awkward = "Say \"hi\" \\ to Zoë\n\u2603";
    Message message = Message.accept(newMessageId(), org, thread.id(), thread.channel(), "rita",
        Payloads.text(awkward),
        new EmailHeaders(Optional.of(awkward), List.of(new EmailAddress("cc@example.com")), List.of()), T0);
    ChangeEvent event = new ChangeEvent(org, ChangeEvent.Kind.UPDATE, new ChangeEvent.Resource.MessageState(message),
        List.of("payload", awkward), T0);

    backend.acceptedMessages().write(message, event);

    assertThat(backend.messages().findById(org, message.id())).contains(message);
    assertThat(backend.storedEvents(org)).containsExactly(Json.snapshot(event.resource()));
    assertThat(backend.outbox().claimUnprocessed(1_000)).filteredOn(recorded -> recorded.organizationId().equals(org))
        .singleElement()
        .satisfies(recorded -> assertThat(recorded.changedFields()).containsExactly("payload", awkward));
  }

  @Test
  void aFailingBatchIsWrittenAgainOneMessageAtATime() throws Exception {
    Burst burst = burstWithADuplicate(20);

    List<Throwable> failures = writeMostAsOneBatch(burst.all());

    assertThat(failures).singleElement().isInstanceOf(DuplicateKeyException.class);
    assertEachStoredOnce(burst);
  }

  @Test
  void aMessageToAThreadDeletedOnAnotherNodeFailsAsThreadDeletedAndStoresNothing() {
    MessageThread thread = stored(whatsapp(org, 1));
    backend.threads().findRecent(org, thread.id());
    JdbiPersistence.create(((JdbiBackend) backend).dataSource()).threads().delete(org, thread.id());

    assertThatThrownBy(() -> write(outbound(thread))).isInstanceOf(ThreadDeletedException.class);

    assertThat(dueJobs()).isEmpty();
    assertThat(backend.eventCount(org)).isZero();
  }

  @Test
  void inABatchOnlyTheMessageToAMissingThreadFails() throws Exception {
    List<Message> fresh = IntStream.range(0, 20).mapToObj(n -> outbound(stored(whatsapp(org, n)))).toList();
    List<Message> all = new ArrayList<>(fresh);
    all.add(10, outbound(whatsapp(org, 99)));

    List<Throwable> failures = writeMostAsOneBatch(all);

    assertThat(failures).singleElement().isInstanceOf(ThreadDeletedException.class);
    for (Message message : fresh) {
      assertThat(backend.messages().findById(org, message.id())).contains(message);
    }
    assertThat(dueJobs()).hasSize(fresh.size());
    assertThat(backend.eventCount(org)).isEqualTo(fresh.size());
  }

  /**
   * With every pooled connection held, the writer takes the first message and waits for a connection, and all others
   * queue behind it. Once connections are free it writes the first, then all the others as one batch. Returns the
   * failures.
   */
  private List<Throwable> writeMostAsOneBatch(List<Message> messages) throws Exception {
    List<Connection> held = takeEveryConnection((HikariDataSource) ((JdbiBackend) backend).dataSource());
    List<FutureTask<Void>> writes = new ArrayList<>();
    List<Thread> writers = new ArrayList<>();
    for (Message message : messages) {
      FutureTask<Void> write = new FutureTask<>(() -> {
        write(message);
        return null;
      });
      writes.add(write);
      writers.add(Thread.ofVirtual().start(write));
    }
    while (writers.stream().anyMatch(writer -> writer.getState() == Thread.State.RUNNABLE)) {
      Thread.sleep(5);
    }
    for (Connection connection : held) {
      connection.close();
    }
    return failuresOf(new ArrayList<>(writes));
  }

  private static List<Connection> takeEveryConnection(HikariDataSource pool) throws SQLException {
    List<Connection> held = new ArrayList<>();
    while (held.size() < pool.getMaximumPoolSize()) {
      held.add(pool.getConnection());
    }
    return held;
  }
}
