package dev.switchboard.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.switchboard.application.port.out.DuplicateKeyException;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.thread.MessageThread;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.FutureTask;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The group commit of the database writer: a batch that fails is written again message by message. */
abstract class JdbiAcceptedMessageWriterContract extends AcceptedMessageWriterContract {

  @Test
  void aFailingBatchIsWrittenAgainOneMessageAtATime() throws Exception {
    List<MessageThread> threads = IntStream.range(0, 20).mapToObj(n -> stored(whatsapp(org, n))).toList();
    Message alreadyStored = outbound(threads.getFirst());
    write(alreadyStored);
    List<Message> fresh = threads.stream().skip(1).map(PersistenceContract::outbound).toList();
    List<Message> all = new ArrayList<>(fresh);
    all.add(all.size() / 2, alreadyStored);

    // With every pooled connection held, the first writer leads but waits for a connection with its own message, and
    // all others queue behind it; once it gets one, it writes the queued twenty as one batch, which the duplicate fails.
    List<Connection> held = takeEveryConnection((HikariDataSource) ((JdbiBackend) backend).dataSource());
    List<FutureTask<Void>> writes = new ArrayList<>();
    List<Thread> writers = new ArrayList<>();
    for (Message message : all) {
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

    assertThat(failuresOf(new ArrayList<>(writes))).singleElement().isInstanceOf(DuplicateKeyException.class);
    for (Message message : fresh) {
      assertThat(backend.messages().findById(org, message.id())).contains(message);
    }
    assertThat(dueJobs()).hasSize(20);
    assertThat(backend.eventCount(org)).isEqualTo(20);
  }

  private static List<Connection> takeEveryConnection(HikariDataSource pool) throws SQLException {
    List<Connection> held = new ArrayList<>();
    while (held.size() < pool.getMaximumPoolSize()) {
      held.add(pool.getConnection());
    }
    return held;
  }
}
