package dev.switchboard.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.out.DuplicateKeyException;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.channel.EmailAddress;
import dev.switchboard.domain.message.DeliveryStatus;
import dev.switchboard.domain.message.EmailHeaders;
import dev.switchboard.domain.message.MediaPayload;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.MessagePayload;
import dev.switchboard.domain.message.StatusUpdate;
import dev.switchboard.domain.template.ComponentType;
import dev.switchboard.domain.testing.Payloads;
import dev.switchboard.domain.testing.Templates;
import dev.switchboard.domain.thread.MessageThread;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every {@code MessageRepository} does. */
abstract class MessageRepositoryContract extends PersistenceContract {

  static Stream<MessagePayload> payloads() {
    return Stream.of(
        Payloads.text("Hello \"Jane\" \\ 👋 <b>&amp;</b>\nnew line"),
        Templates.payload(
            Templates.approved().id(),
            Templates.parameters(ComponentType.HEADER, "Utrecht"),
            Templates.parameters(ComponentType.BODY, "Jane", "Monday, 10:00")),
        Templates.payload(Templates.approved().id()),
        Payloads.image(),
        Payloads.imageWithCaption("Our office"),
        Payloads.document(),
        new MediaPayload(MediaPayload.Kind.VIDEO, URI.create("https://cdn.example.com/v.mp4?x=1&y=2"),
            Optional.of("tour"), Optional.of("tour.mp4")),
        new MediaPayload(MediaPayload.Kind.AUDIO, URI.create("http://cdn.example.com/a.ogg"), Optional.empty(),
            Optional.empty()));
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void storesEveryPayloadType(MessagePayload payload) {
    MessageThread thread = stored(whatsapp(org, 1));
    Message message = stored(outbound(thread, payload, micros(1)));

    assertThat(backend.messages().findById(org, message.id())).contains(message);
  }

  @Test
  void storesEmailHeadersErrorsAndTheProviderId() {
    MessageThread thread = stored(email(org, "jane@example.com"));
    Message accepted = Message.accept(newMessageId(), org, thread.id(), Channel.EMAIL, "rita", Payloads.text(),
        new EmailHeaders(Optional.of("Your application — next steps"),
            List.of(new EmailAddress("recruiter@example.com"), new EmailAddress("Boss@example.org")),
            List.of(new EmailAddress("archive@example.com"))),
        micros(0));
    stored(accepted);
    Message failed = stored(accepted, DeliveryStatus.FAILED, List.of("bounced: 550 \"no such user\"", "second"),
        Optional.of("<abc@mail.example.com>"), micros(7));

    backend.messages().update(failed);

    assertThat(backend.messages().findById(org, accepted.id())).contains(failed);
    Message noSubject = Message.accept(newMessageId(), org, thread.id(), Channel.EMAIL, "rita", Payloads.text(),
        new EmailHeaders(Optional.empty(), List.of(), List.of(new EmailAddress("bcc@example.com"))), micros(1));
    stored(noSubject);
    assertThat(backend.messages().findById(org, noSubject.id())).contains(noSubject);
  }

  @Test
  void findsInboundAndOutboundMessagesByProviderId() {
    MessageThread thread = stored(whatsapp(org, 1));
    Message inbound = stored(inbound(thread, "wamid.in.1", micros(1)));
    Message sent = outbound(thread);
    stored(sent);
    Message withId = stored(sent, DeliveryStatus.SENT, List.of(), Optional.of("wamid.out.1"), micros(2));
    backend.messages().update(withId);

    assertThat(backend.messages().findByProviderMessageIdForUpdate(org, "wamid.in.1")).contains(inbound);
    assertThat(backend.messages().findByProviderMessageIdForUpdate(org, "wamid.out.1")).contains(withId);
    assertThat(backend.messages().findByProviderMessageIdForUpdate(org, "wamid.unknown")).isEmpty();
    assertThat(backend.messages().findByProviderMessageIdForUpdate(otherOrg, "wamid.in.1")).isEmpty();
  }

  @Test
  void refusesASecondInboundMessageWithTheSameProviderId() {
    MessageThread thread = stored(whatsapp(org, 1));
    stored(inbound(thread, "wamid.repeated", micros(1)));

    assertThatThrownBy(() -> backend.messages().insert(inbound(thread, "wamid.repeated", micros(2))))
        .isInstanceOf(DuplicateKeyException.class);
    // the same provider id in another organization is someone else's message
    MessageThread foreignThread = stored(whatsapp(otherOrg, 1));
    stored(inbound(foreignThread, "wamid.repeated", micros(2)));
  }

  @Test
  void refusesATakenId() {
    MessageThread thread = stored(whatsapp(org, 1));
    Message message = stored(outbound(thread));

    assertThatThrownBy(() -> backend.messages().insert(message)).isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void updatesAndDeletes() {
    MessageThread thread = stored(whatsapp(org, 1));
    Message message = stored(outbound(thread));
    Message edited = message.edit("bob", Payloads.imageWithCaption("new"), EmailHeaders.NONE, micros(3));

    backend.messages().update(edited);
    assertThat(backend.messages().findById(org, message.id())).contains(edited);

    backend.messages().delete(org, message.id());
    assertThat(backend.messages().findById(org, message.id())).isEmpty();
    assertThat(backend.threads().findById(org, thread.id())).isPresent();
  }

  @Test
  void anotherOrganizationNeverSeesOrChangesTheMessage() {
    MessageThread thread = stored(whatsapp(org, 1));
    Message message = stored(outbound(thread));

    assertThat(backend.messages().findById(otherOrg, message.id())).isEmpty();
    assertThat(backend.messages().findByIdForUpdate(otherOrg, message.id())).isEmpty();
    assertThat(backend.messages().list(otherOrg, ListQuery.firstPage()).items()).isEmpty();

    Message foreign = Message.rehydrate(message.id(), otherOrg, thread.id(), Channel.WHATSAPP,
        message.origin(), "mallory", message.payload(), EmailHeaders.NONE, DeliveryStatus.FAILED, List.of("x"),
        Optional.empty(), T0, micros(9));
    backend.messages().update(foreign);
    backend.messages().delete(otherOrg, message.id());

    assertThat(backend.messages().findById(org, message.id())).contains(message);
  }

  /**
   * Two status callbacks for one message at once: each locks the row, adds its error and writes it back. The second
   * waits for the first, so neither error is lost.
   */
  @Test
  void concurrentStatusUpdatesBothSurvive() throws Exception {
    MessageThread thread = stored(whatsapp(org, 1));
    Message message = stored(outbound(thread));
    Message failed = stored(message, DeliveryStatus.FAILED, List.of(), Optional.of("p-1"), micros(1));
    backend.messages().update(failed);

    CountDownLatch firstHasLock = new CountDownLatch(1);
    try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
      Future<?> first = pool.submit(() -> backend.transactions().inTransaction(() -> {
        Message current = backend.messages().findByIdForUpdate(org, message.id()).orElseThrow();
        firstHasLock.countDown();
        sleep(300);
        backend.messages().update(current.apply(StatusUpdate.failed("a"), micros(2)).message());
        return null;
      }));
      firstHasLock.await(10, TimeUnit.SECONDS);
      Future<?> second = pool.submit(() -> backend.transactions().inTransaction(() -> {
        Message current = backend.messages().findByIdForUpdate(org, message.id()).orElseThrow();
        backend.messages().update(current.apply(StatusUpdate.failed("b"), micros(3)).message());
        return null;
      }));
      first.get(20, TimeUnit.SECONDS);
      second.get(20, TimeUnit.SECONDS);
    }

    assertThat(backend.messages().findById(org, message.id()).orElseThrow().errorMessages())
        .containsExactly("a", "b");
  }

  @Test
  void manyMessagesOfOneThreadKeepTheirOrder() {
    MessageThread thread = stored(whatsapp(org, 1));
    List<Message> all = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      all.add(stored(outbound(thread, Payloads.text("m" + i), micros(i))));
    }
    var page = backend.messages().list(org, new ListQuery<>(List.of(),
        List.of(new dev.switchboard.application.query.Sort<>(
            dev.switchboard.application.query.MessageFields.CREATED_AT, false)),
        new dev.switchboard.application.query.PageRequest.Numbered(1, 50)));

    assertThat(page.items()).containsExactlyElementsOf(all);
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
