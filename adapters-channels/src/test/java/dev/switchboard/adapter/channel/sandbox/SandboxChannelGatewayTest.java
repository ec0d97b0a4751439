package dev.switchboard.adapter.channel.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.application.inmemory.InMemoryAdapters;
import dev.switchboard.application.port.in.CreateThreadUseCase;
import dev.switchboard.application.port.in.RecordStatusUpdateUseCase;
import dev.switchboard.application.port.in.SendMessageUseCase;
import dev.switchboard.application.service.DeliveryPolicy;
import dev.switchboard.application.service.MessagingCore;
import dev.switchboard.application.service.Ports;
import dev.switchboard.application.id.UuidV7IdSource;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.message.DeliveryStatus;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.TextPayload;
import dev.switchboard.domain.organization.OrganizationId;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox behind the real dispatch use case, over in-memory storage, for each documented scenario. */
class SandboxChannelGatewayTest {

  private static final OrganizationId ORGANIZATION = new OrganizationId(UUID.randomUUID());
  private static final DeliveryPolicy QUICK_RETRIES =
      new DeliveryPolicy(10, Duration.ofSeconds(30), 3, Duration.ofMillis(1), Duration.ofMillis(1));

  private SandboxChannelGateway sandbox;
  private MessagingCore core;

  @BeforeEach
  void wireCoreWithSandbox() {
    InMemoryAdapters storage = InMemoryAdapters.create();
    InstantSource clock = InstantSource.system();
    Ports ports = new Ports(
        storage.threads(),
        storage.messages(),
        storage.templates(),
        storage.deliveryQueue(),
        storage.events(),
        storage.transactions(),
        clock,
        new UuidV7IdSource(clock, new Random(7)));
    AtomicReference<MessagingCore> wired = new AtomicReference<>();
    RecordStatusUpdateUseCase statusUpdates = command -> wired.get().recordStatusUpdate().record(command);
    sandbox = new SandboxChannelGateway(
        new SandboxSettings(Duration.ofMillis(10), Duration.ofMillis(40), Optional.of(Duration.ofMillis(80))),
        statusUpdates);
    core = MessagingCore.create(ports, sandbox, QUICK_RETRIES, new Random(7));
    wired.set(core);
  }

  @AfterEach
  void stopSandbox() {
    sandbox.close();
  }

  @Test
  void givenAnOrdinaryNumber_dispatch_reportsSentDeliveredAndRead() {
    Message message = sendSms("31612345678");

    dispatchUntilQueueIsEmpty();

    await().atMost(Duration.ofSeconds(5)).until(() -> status(message) == DeliveryStatus.READ);
    assertThat(reload(message).providerMessageId()).contains("sandbox-" + message.id());
    assertThat(reload(message).errorMessages()).isEmpty();
  }

  @Test
  void givenSuffix4000_dispatch_failsAtOnceWithTheReason() {
    Message message = sendSms("31612344000");

    dispatchUntilQueueIsEmpty();

    assertThat(status(message)).isEqualTo(DeliveryStatus.FAILED);
    assertThat(reload(message).errorMessages()).containsExactly(SandboxScenario.REJECTED.reason());
  }

  @Test
  void givenSuffix4001_dispatch_isSentThenFails() {
    Message message = sendSms("31612344001");

    dispatchUntilQueueIsEmpty();

    assertThat(status(message)).isEqualTo(DeliveryStatus.SENT);
    await().atMost(Duration.ofSeconds(5)).until(() -> status(message) == DeliveryStatus.FAILED);
    assertThat(reload(message).errorMessages()).containsExactly(SandboxScenario.FAILS_AFTER_SENT.reason());
  }

  @Test
  void givenSuffix4029_dispatch_retriesUntilThePolicyGivesUp() {
    Message message = sendSms("31612344029");

    await().atMost(Duration.ofSeconds(10)).until(() -> {
      core.dispatchDeliveries().dispatchDue();
      return status(message) == DeliveryStatus.FAILED;
    });

    assertThat(reload(message).errorMessages())
        .containsExactly("gave up after 3 attempts: " + SandboxScenario.ALWAYS_RATE_LIMITED.reason());
  }

  @Test
  void givenSuffix4503_dispatch_succeedsOnTheRetry() {
    Message message = sendSms("31612344503");

    assertThat(core.dispatchDeliveries().dispatchDue()).isEqualTo(1);
    assertThat(status(message)).isEqualTo(DeliveryStatus.ACCEPTED);

    await().atMost(Duration.ofSeconds(5)).until(() -> {
      core.dispatchDeliveries().dispatchDue();
      return status(message) == DeliveryStatus.DELIVERED || status(message) == DeliveryStatus.READ;
    });
  }

  @Test
  void givenAnEmailLocalPartEndingIn4000_dispatch_fails() {
    var created = core.createThread().create(new CreateThreadUseCase.Command(
        ORGANIZATION, Channel.EMAIL, "candidate4000@example.com", false, Optional.empty()));
    var thread = ((CreateThreadUseCase.Result.Created) created).thread();
    var sent = core.sendMessage().send(
        SendMessageUseCase.Command.of(ORGANIZATION, thread.id(), "Recruiter", new TextPayload("Hello")));
    Message message = ((SendMessageUseCase.Result.Accepted) sent).message();

    dispatchUntilQueueIsEmpty();

    assertThat(status(message)).isEqualTo(DeliveryStatus.FAILED);
  }

  private Message sendSms(String number) {
    var created = core.createThread().create(
        new CreateThreadUseCase.Command(ORGANIZATION, Channel.SMS, number, false, Optional.empty()));
    var thread = ((CreateThreadUseCase.Result.Created) created).thread();
    var sent = core.sendMessage().send(
        SendMessageUseCase.Command.of(ORGANIZATION, thread.id(), "Recruiter", new TextPayload("Hello")));
    return ((SendMessageUseCase.Result.Accepted) sent).message();
  }

  private void dispatchUntilQueueIsEmpty() {
    while (core.dispatchDeliveries().dispatchDue() > 0) {
      // keep going: each batch may leave more due jobs
    }
  }

  private Message reload(Message message) {
    return core.getMessage().get(ORGANIZATION, message.id()).orElseThrow();
  }

  private DeliveryStatus status(Message message) {
    return reload(message).deliveryStatus();
  }
}
