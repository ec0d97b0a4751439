package dev.switchboard.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.out.ChangeEvent;
import dev.switchboard.application.port.out.DeliveryQueue.Job;
import dev.switchboard.application.port.out.DuplicateKeyException;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.thread.MessageThread;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@code AcceptedMessageWriter} does: message, job and event together, alone or among many. */
abstract class AcceptedMessageWriterContract extends PersistenceContract {

  static ChangeEvent creation(Message message) {
    return new ChangeEvent(message.organizationId(), ChangeEvent.Kind.CREATE,
        new ChangeEvent.Resource.MessageState(message), List.of(), message.createdAt());
  }

  void write(Message message) {
    backend.acceptedMessages().write(message, creation(message));
  }

  List<Job> dueJobs() {
    return backend.deliveryQueue().claim(1_000, T0.plus(Duration.ofDays(1)), Duration.ofMinutes(1)).stream()
        .filter(job -> job.organizationId().equals(org))
        .toList();
  }

  @Test
  void storesTheMessageItsDeliveryJobAndItsEvent() {
    Message message = outbound(stored(whatsapp(org, 1)));

    write(message);

    assertThat(backend.messages().findById(org, message.id())).contains(message);
    assertThat(dueJobs()).containsExactly(new Job(org, message.id(), 0));
    assertThat(backend.eventCount(org)).isEqualTo(1);
  }

  @Test
  void aMessageThatCannotBeStoredLeavesNeitherJobNorEvent() {
    Message message = outbound(stored(whatsapp(org, 1)));
    write(message);

    assertThatThrownBy(() -> write(message)).isInstanceOf(DuplicateKeyException.class);

    assertThat(dueJobs()).hasSize(1);
    assertThat(backend.eventCount(org)).isEqualTo(1);
  }

  @Test
  void concurrentWritesAreEachStoredOnceAndAFailingOneFailsAlone() throws Exception {
    Burst burst = burstWithADuplicate(40);

    List<Throwable> failures = writeAllAtOnce(burst.all());

    assertThat(failures).singleElement().isInstanceOf(DuplicateKeyException.class);
    assertEachStoredOnce(burst);
  }

  /** Fresh messages, one per thread, and among them one already stored, which must fail. */
  record Burst(List<Message> fresh, List<Message> all) {}

  Burst burstWithADuplicate(int threads) {
    List<MessageThread> stored = IntStream.range(0, threads).mapToObj(n -> stored(whatsapp(org, n))).toList();
    Message alreadyStored = outbound(stored.getFirst());
    write(alreadyStored);
    List<Message> fresh = stored.stream().skip(1).map(PersistenceContract::outbound).toList();
    List<Message> all = new ArrayList<>(fresh);
    all.add(all.size() / 2, alreadyStored);
    return new Burst(fresh, all);
  }

  /** Every fresh message of the burst is stored, and the burst left one job and one event per thread. */
  void assertEachStoredOnce(Burst burst) {
    for (Message message : burst.fresh()) {
      assertThat(backend.messages().findById(org, message.id())).contains(message);
    }
    assertThat(dueJobs()).hasSize(burst.all().size());
    assertThat(backend.eventCount(org)).isEqualTo(burst.all().size());
  }

  /** Starts one writer per message, all released together; returns the failures. */
  List<Throwable> writeAllAtOnce(List<Message> messages) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> writes = new ArrayList<>();
    try (ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor()) {
      for (Message message : messages) {
        writes.add(writers.submit(() -> {
          start.await();
          write(message);
          return null;
        }));
      }
      start.countDown();
      return failuresOf(writes);
    }
  }

  static List<Throwable> failuresOf(List<Future<?>> writes) throws InterruptedException {
    List<Throwable> failures = new ArrayList<>();
    for (Future<?> write : writes) {
      try {
        write.get(60, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        failures.add(e.getCause());
      } catch (TimeoutException e) {
        throw new AssertionError("a writer is still waiting after 60 s", e);
      }
    }
    return failures;
  }
}
