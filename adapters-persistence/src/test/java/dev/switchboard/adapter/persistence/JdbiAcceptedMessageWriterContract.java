package dev.switchboard.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.switchboard.application.port.out.DuplicateKeyException;
import dev.switchboard.domain.message.Message;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.Test;

/** The group commit of the database writer: a batch that fails is written again message by message. */
abstract class JdbiAcceptedMessageWriterContract extends AcceptedMessageWriterContract {

  @Test
  void aFailingBatchIsWrittenAgainOneMessageAtATime() throws Exception {
    Burst burst = burstWithADuplicate(20);

    // With every pooled connection held, the first writer leads but waits for a connection with its own message, and
    // all others queue behind it. Once it has written its own, the next in the queue leads and writes the other twenty
    // as one batch, which the duplicate fails.
    List<Connection> held = takeEveryConnection((HikariDataSource) ((JdbiBackend) backend).dataSource());
    List<FutureTask<Void>> writes = new ArrayList<>();
    List<Thread> writers = new ArrayList<>();
    for (Message message : burst.all()) {
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
    assertEachStoredOnce(burst);
  }

  private static List<Connection> takeEveryConnection(HikariDataSource pool) throws SQLException {
    List<Connection> held = new ArrayList<>();
    while (held.size() < pool.getMaximumPoolSize()) {
      held.add(pool.getConnection());
    }
    return held;
  }
}
