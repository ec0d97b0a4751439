package dev.switchboard.application.service;

import static dev.switchboard.application.testing.MessagingFixture.PHONE;
import static dev.switchboard.application.testing.MessagingFixture.SEND_BY;
import static dev.switchboard.application.testing.MessagingFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.in.SendMessageUseCase;
import dev.switchboard.application.port.in.SendMessageUseCase.Command;
import dev.switchboard.application.port.in.SendMessageUseCase.Result;
import dev.switchboard.application.port.out.AcceptedMessageWriter;
import dev.switchboard.application.port.out.MessageThreadRepository;
import dev.switchboard.application.port.out.ThreadDeletedException;
import dev.switchboard.application.testing.MessagingFixture;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.message.TextPayload;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.testing.Ids;
import dev.switchboard.domain.thread.MessageThread;
import dev.switchboard.domain.thread.ThreadId;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Sending checks a thread copy that may be old ({@code findRecent}); it must never refuse, nor store a message, on such
 * a copy alone.
 */
class SendMessageRecentThreadTest {

  private static final OrganizationId ORGANIZATION = Ids.ORGANIZATION;

  private final MessagingFixture fixture = MessagingFixture.create();
  private final Map<ThreadId, MessageThread> copies = new HashMap<>();

  /** The in-memory threads, except that {@code findRecent} answers with the copy {@link #remember} took. */
  private MessageThreadRepository threadsWithCopies() {
    MessageThreadRepository stored = fixture.adapters().threads();
    return (MessageThreadRepository) Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {MessageThreadRepository.class}, (proxy, method, arguments) -> {
          if (method.getName().equals("findRecent") && copies.containsKey((ThreadId) arguments[1])) {
            return Optional.of(copies.get((ThreadId) arguments[1]));
          }
          try {
            return method.invoke(stored, arguments);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  private Ports fixturePorts() {
    return MessagingFixture.ports(fixture.adapters(), fixture.adapters().events(), fixture.clock(), fixture.ids());
  }

  private SendMessageUseCase service(AcceptedMessageWriter writer) {
    Ports ports = fixturePorts();
    return new SendMessageService(new Ports(threadsWithCopies(), ports.messages(), ports.templates(),
        ports.deliveryQueue(), ports.events(), ports.transactions(), ports.clock(), ports.ids(), writer));
  }

  private SendMessageUseCase service() {
    return service(fixturePorts().acceptedMessages());
  }

  private void remember(MessageThread thread) {
    copies.put(thread.id(), thread);
  }

  private static Command text(MessageThread thread) {
    return Command.of(ORGANIZATION, thread.id(), SEND_BY, new TextPayload("Are you free on Monday?"));
  }

  @Test
  void aCopyFromBeforeTheCandidateWrote_sendText_isAcceptedOnTheCurrentThread() {
    MessageThread beforeTheCandidateWrote = fixture.whatsappThread(ORGANIZATION);
    remember(beforeTheCandidateWrote);
    fixture.candidateWrites(ORGANIZATION, Channel.WHATSAPP, PHONE, Optional.empty());

    Result result = service().send(text(beforeTheCandidateWrote));

    assertThat(expect(result, Result.Accepted.class).message().threadId()).isEqualTo(beforeTheCandidateWrote.id());
  }

  @Test
  void aCopyAndTheCurrentThreadBothOutsideTheWindow_sendText_isRejected() {
    MessageThread closed = fixture.whatsappThread(ORGANIZATION);
    remember(closed);

    Result result = service().send(text(closed));

    assertThat(expect(result, Result.Rejected.class).violation().code()).isEqualTo("outside_service_window");
  }

  @Test
  void aRefusingCopyOfAThreadDeletedSince_sendText_isThreadNotFound() {
    MessageThread closed = fixture.whatsappThread(ORGANIZATION);
    remember(closed);
    fixture.core().deleteThread().delete(ORGANIZATION, closed.id());

    assertThat(service().send(text(closed))).isInstanceOf(Result.ThreadNotFound.class);
  }

  @Test
  void anAllowingCopyOfAThreadDeletedSince_sendText_isThreadNotFound() {
    MessageThread sms = fixture.smsThread(ORGANIZATION);
    remember(sms);
    AcceptedMessageWriter threadGone = (message, created) -> {
      throw new ThreadDeletedException("the thread was deleted", null);
    };

    assertThat(service(threadGone).send(text(sms))).isInstanceOf(Result.ThreadNotFound.class);
  }
}
