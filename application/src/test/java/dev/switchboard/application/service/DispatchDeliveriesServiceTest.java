package dev.switchboard.application.service;

import static dev.switchboard.application.testing.FakeChannelGateway.accepted;
import static dev.switchboard.application.testing.FakeChannelGateway.rejected;
import static dev.switchboard.application.testing.FakeChannelGateway.retryAfter;
import static dev.switchboard.application.testing.FakeChannelGateway.retryLater;
import static dev.switchboard.application.testing.MessagingFixture.PHONE_CANONICAL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.out.ChangeEvent;
import dev.switchboard.application.port.out.ChannelGateway.SendOutcome;
import dev.switchboard.application.testing.FakeChannelGateway;
import dev.switchboard.application.testing.MessagingFixture;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.message.DeliveryStatus;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.TemplatePayload;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.template.ComponentType;
import dev.switchboard.domain.template.MessageTemplate;
import dev.switchboard.domain.testing.Ids;
import dev.switchboard.domain.thread.MessageThread;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs with {@link MessagingFixture#POLICY} (3 attempts, first retry after 10 s, capped at 5 min) and no jitter, so a
 * retry waits exactly half its nominal delay: 5 s after the first attempt, 10 s after the second.
 */
class DispatchDeliveriesServiceTest {

  private static final OrganizationId ORGANIZATION = Ids.ORGANIZATION;
  private static final Duration FIRST_BACKOFF = Duration.ofSeconds(5);
  private static final Duration SECOND_BACKOFF = Duration.ofSeconds(10);

  private final MessagingFixture fixture = MessagingFixture.create();
  private final MessageThread thread = fixture.smsThread(ORGANIZATION);

  private int dispatch() {
    return fixture.core().dispatchDeliveries().dispatchDue();
  }

  private Message stored(Message message) {
    return fixture.storedMessage(message);
  }

  @Test
  void givenAcceptedMessage_providerAccepts_messageIsSentUnderTheProvidersId() {
    Message message = fixture.sendText(thread, "Hello");
    fixture.gateway().willAnswer(accepted("SM8f3a"));

    int handled = dispatch();

    assertThat(handled).isEqualTo(1);
    assertThat(stored(message).deliveryStatus()).isEqualTo(DeliveryStatus.SENT);
    assertThat(stored(message).providerMessageId()).contains("SM8f3a");
    assertThat(fixture.queueSize()).isZero();
  }

  @Test
  void givenAcceptedMessage_providerAccepts_recordsUpdateEventWithTheSentMessage() {
    Message message = fixture.sendText(thread, "Hello");
    int eventsBefore = fixture.events().size();

    dispatch();

    assertThat(fixture.eventsSince(eventsBefore)).singleElement().satisfies(event -> {
      assertThat(event.kind()).isEqualTo(ChangeEvent.Kind.UPDATE);
      assertThat(event.changedFields()).contains("deliveryStatus");
      assertThat(event.resource()).isEqualTo(new ChangeEvent.Resource.MessageState(stored(message)));
    });
  }

  @Test
  void givenAcceptedMessage_dispatch_handsTheGatewayTheMessageAndItsThread() {
    Message message = fixture.sendText(thread, "Hello");

    dispatch();

    assertThat(fixture.gateway().deliveries()).singleElement().satisfies(delivery -> {
      assertThat(delivery.message()).isEqualTo(message);
      assertThat(delivery.thread().identifier().value()).isEqualTo(PHONE_CANONICAL);
      assertThat(delivery.template()).isEmpty();
    });
  }

  @Test
  void givenTemplateMessage_dispatch_handsTheGatewayTheTemplateToo() {
    MessageTemplate template = fixture.approvedTemplate(ORGANIZATION);
    fixture.send(fixture.whatsappThread(ORGANIZATION), new TemplatePayload(
        template.id(), List.of(new TemplatePayload.Parameters(ComponentType.BODY, List.of("Jane", "Monday")))));

    dispatch();

    assertThat(fixture.gateway().deliveries()).singleElement()
        .satisfies(delivery -> assertThat(delivery.template()).contains(template));
  }

  @Test
  void givenAcceptedMessage_providerRejects_messageFailsWithTheReason() {
    Message message = fixture.sendText(thread, "Hello");
    fixture.gateway().willAnswer(rejected("21211 invalid 'To' phone number"));

    dispatch();

    assertThat(stored(message).deliveryStatus()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(stored(message).errorMessages()).containsExactly("21211 invalid 'To' phone number");
    assertThat(fixture.queueSize()).isZero();
  }

  @Test
  void givenAcceptedMessage_providerAsksToRetry_messageStaysAcceptedAndTheJobWaits() {
    Message message = fixture.sendText(thread, "Hello");
    fixture.gateway().willAnswer(retryLater("HTTP 503"));

    dispatch();
    int handledRightAway = dispatch();

    assertThat(handledRightAway).isZero();
    assertThat(stored(message).deliveryStatus()).isEqualTo(DeliveryStatus.ACCEPTED);
    assertThat(fixture.queueSize()).isEqualTo(1);
    assertThat(fixture.gateway().deliveries()).hasSize(1);
  }

  @Test
  void givenRetriedJob_justBeforeTheBackoffEnds_isNotDue() {
    fixture.sendText(thread, "Hello");
    fixture.gateway().willAnswer(retryLater("HTTP 503"));
    dispatch();

    fixture.clock().advance(FIRST_BACKOFF.minusMillis(1));
    int handled = dispatch();

    assertThat(handled).isZero();
  }

  @Test
  void givenRetriedJob_whenTheBackoffHasPassed_isSent() {
    Message message = fixture.sendText(thread, "Hello");
    fixture.gateway().willAnswer(retryLater("HTTP 503"));
    dispatch();

    fixture.clock().advance(FIRST_BACKOFF);
    int handled = dispatch();

    assertThat(handled).isEqualTo(1);
    assertThat(stored(message).deliveryStatus()).isEqualTo(DeliveryStatus.SENT);
    assertThat(fixture.gateway().deliveries()).hasSize(2);
    assertThat(fixture.queueSize()).isZero();
  }

  @Test
  void givenSecondRetry_backoffDoubles() {
    fixture.sendText(thread, "Hello");
    fixture.gateway().willAnswer(retryLater("HTTP 503"), retryLater("HTTP 503"));
    dispatch();
    fixture.clock().advance(FIRST_BACKOFF);
    dispatch();

    fixture.clock().advance(SECOND_BACKOFF.minusMillis(1));
    int beforeBackoff = dispatch();
    fixture.clock().advance(Duration.ofMillis(1));
    int afterBackoff = dispatch();

    assertThat(beforeBackoff).isZero();
    assertThat(afterBackoff).isEqualTo(1);
  }

  @Test
  void givenRetryAfterLongerThanTheBackoff_jobWaitsForTheRetryAfter() {
    Message message = fixture.sendText(thread, "Hello");
    fixture.gateway().willAnswer(retryAfter(Duration.ofSeconds(90), "HTTP 429"));
    dispatch();

    fixture.clock().advance(Duration.ofSeconds(89));
    int tooEarly = dispatch();
    fixture.clock().advance(Duration.ofSeconds(1));
    int onTime = dispatch();

    assertThat(tooEarly).isZero();
    assertThat(onTime).isEqualTo(1);
    assertThat(stored(message).deliveryStatus()).isEqualTo(DeliveryStatus.SENT);
  }

  @Test
  void givenRetryAfterShorterThanTheBackoff_jobWaitsForTheBackoff() {
    fixture.sendText(thread, "Hello");
    fixture.gateway().willAnswer(retryAfter(Duration.ofSeconds(1), "HTTP 429"));
    dispatch();

    fixture.clock().advance(Duration.ofSeconds(1));
    int afterRetryAfter = dispatch();
    fixture.clock().advance(FIRST_BACKOFF.minusSeconds(1));
    int afterBackoff = dispatch();

    assertThat(afterRetryAfter).isZero();
    assertThat(afterBackoff).isEqualTo(1);
  }

  @Test
  void givenProviderKeepsAskingToRetry_afterMaxAttempts_messageFailsAndTheJobIsGone() {
    Message message = fixture.sendText(thread, "Hello");
    fixture.gateway().willAlwaysAnswer(retryLater("HTTP 503"));

    for (int attempt = 1; attempt <= MessagingFixture.POLICY.maxAttempts(); attempt++) {
      dispatch();
      fixture.clock().advance(MessagingFixture.POLICY.maxRetryDelay());
    }

    assertThat(stored(message).deliveryStatus()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(stored(message).errorMessages()).containsExactly("gave up after 3 attempts: HTTP 503");
    assertThat(fixture.gateway().deliveries()).hasSize(3);
    assertThat(fixture.queueSize()).isZero();
    assertThat(dispatch()).isZero();
  }

  @Test
  void givenGatewayThrows_dispatch_treatsItAsAPassingFailureAndRetriesAfterTheBackoff() {
    Message message = fixture.sendText(thread, "Hello");
    fixture.gateway().willThrow(new IllegalStateException("socket closed"));

    int handled = dispatch();

    assertThat(handled).isEqualTo(1);
    assertThat(stored(message).deliveryStatus()).isEqualTo(DeliveryStatus.ACCEPTED);
    assertThat(dispatch()).isZero();
    fixture.clock().advance(FIRST_BACKOFF);
    assertThat(dispatch()).isEqualTo(1);
    assertThat(stored(message).deliveryStatus()).isEqualTo(DeliveryStatus.SENT);
  }

  @Test
  void givenOneAttemptLeft_providerAccepts_messageIsSent() {
    Message message = fixture.sendText(thread, "Hello");
    fixture.gateway().willAnswer(retryLater("HTTP 503"), retryLater("HTTP 503"), accepted("SM1"));

    for (int attempt = 1; attempt <= 3; attempt++) {
      dispatch();
      fixture.clock().advance(MessagingFixture.POLICY.maxRetryDelay());
    }

    assertThat(stored(message).deliveryStatus()).isEqualTo(DeliveryStatus.SENT);
    assertThat(stored(message).errorMessages()).isEmpty();
  }

  @Test
  void givenMessageDeletedWithItsThread_dispatch_completesTheJobWithoutSending() {
    fixture.sendText(thread, "Hello");
    fixture.core().deleteThread().delete(ORGANIZATION, thread.id());
    int jobsLeftByTheDelete = fixture.queueSize();

    int handled = dispatch();

    assertThat(jobsLeftByTheDelete).isEqualTo(1);
    assertThat(handled).isEqualTo(1);
    assertThat(fixture.queueSize()).isZero();
    assertThat(fixture.gateway().deliveries()).isEmpty();
  }

  @Test
  void givenTemplateDeletedBeforeSending_dispatch_failsTheMessageWithoutSending() {
    MessageTemplate template = fixture.approvedTemplate(ORGANIZATION);
    Message message = fixture.send(thread, new TemplatePayload(
        template.id(), List.of(new TemplatePayload.Parameters(ComponentType.BODY, List.of("Jane", "Monday")))));
    fixture.core().deleteTemplate().delete(ORGANIZATION, template.id());

    dispatch();

    assertThat(stored(message).deliveryStatus()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(stored(message).errorMessages()).singleElement().asString().contains("deleted before sending");
    assertThat(fixture.gateway().deliveries()).isEmpty();
    assertThat(fixture.queueSize()).isZero();
  }

  @Test
  void givenJobLeasedByAnotherWorker_dispatch_leavesItAloneUntilTheLeaseExpires() {
    Message message = fixture.sendText(thread, "Hello");
    Duration lease = MessagingFixture.POLICY.lease();
    fixture.adapters().deliveryQueue().claim(10, fixture.now(), lease);

    int whileLeased = dispatch();
    fixture.clock().advance(lease.minusSeconds(1));
    int justBeforeExpiry = dispatch();
    fixture.clock().advance(Duration.ofSeconds(2));
    int afterExpiry = dispatch();

    assertThat(whileLeased).isZero();
    assertThat(justBeforeExpiry).isZero();
    assertThat(afterExpiry).isEqualTo(1);
    assertThat(stored(message).deliveryStatus()).isEqualTo(DeliveryStatus.SENT);
    assertThat(fixture.gateway().deliveries()).hasSize(1);
  }

  @Test
  void givenMoreDueJobsThanTheBatchSize_dispatch_handlesOneBatchOldestFirst() {
    MessagingFixture small = MessagingFixture.create(new DeliveryPolicy(
        2, Duration.ofMinutes(2), 3, Duration.ofSeconds(10), Duration.ofMinutes(5)));
    Message first = small.sendText(small.createThread(ORGANIZATION, Channel.SMS, "+31 6 1111 1111"), "One");
    small.clock().advance(Duration.ofSeconds(1));
    Message second = small.sendText(small.createThread(ORGANIZATION, Channel.SMS, "+31 6 2222 2222"), "Two");
    small.clock().advance(Duration.ofSeconds(1));
    Message third = small.sendText(small.createThread(ORGANIZATION, Channel.SMS, "+31 6 3333 3333"), "Three");

    int firstBatch = small.core().dispatchDeliveries().dispatchDue();
    int secondBatch = small.core().dispatchDeliveries().dispatchDue();

    assertThat(firstBatch).isEqualTo(2);
    assertThat(secondBatch).isEqualTo(1);
    assertThat(small.gateway().deliveries()).extracting(delivery -> delivery.message().id())
        .containsExactly(first.id(), second.id(), third.id());
  }

  @Test
  void givenEmptyQueue_dispatch_handlesNothing() {
    int handled = dispatch();

    assertThat(handled).isZero();
    assertThat(fixture.gateway().deliveries()).isEmpty();
  }

  @Test
  void givenSeveralMessages_defaultGatewayAnswers_giveEachItsOwnProviderId() {
    Message first = fixture.sendText(thread, "One");
    Message second = fixture.sendText(thread, "Two");

    dispatch();
    dispatch();

    assertThat(List.of(stored(first), stored(second)))
        .extracting(found -> found.providerMessageId().orElseThrow())
        .containsExactly(FakeChannelGateway.providerMessageId(1), FakeChannelGateway.providerMessageId(2));
  }

  @Test
  void givenThreeMessagesOnOneThread_dispatch_handsThemOverOneAtATimeInAcceptanceOrder() {
    Message first = fixture.sendText(thread, "One");
    Message second = fixture.sendText(thread, "Two");
    Message third = fixture.sendText(thread, "Three");

    List<Integer> batches = List.of(dispatch(), dispatch(), dispatch(), dispatch());

    assertThat(batches).containsExactly(1, 1, 1, 0);
    assertThat(fixture.gateway().deliveries()).extracting(delivery -> delivery.message().id())
        .containsExactly(first.id(), second.id(), third.id());
  }

  @Test
  void givenFirstMessageOfAThreadWaitsForItsRetry_dispatch_holdsBackTheLaterOnes() {
    Message first = fixture.sendText(thread, "One");
    fixture.sendText(thread, "Two");
    fixture.gateway().willAnswer(retryLater("HTTP 503"));

    dispatch();
    int meanwhile = dispatch();

    assertThat(meanwhile).isZero();
    assertThat(fixture.gateway().deliveries()).extracting(delivery -> delivery.message().id())
        .containsExactly(first.id());
  }

  @Test
  void givenThrottledChannel_dispatch_postponesWithoutCountingAnAttempt() {
    Message message = fixture.sendText(thread, "One");
    fixture.gateway().willAnswer(
        new SendOutcome.Throttled(Duration.ofMillis(300)),
        new SendOutcome.Throttled(Duration.ofMillis(300)),
        new SendOutcome.Throttled(Duration.ofMillis(300)));

    for (int i = 0; i < 3; i++) {
      assertThat(dispatch()).as("a throttled batch makes no progress, so the worker idles").isZero();
      fixture.clock().advance(Duration.ofMillis(300));
    }
    int sent = dispatch();

    assertThat(sent).isEqualTo(1);
    assertThat(stored(message).deliveryStatus()).isEqualTo(DeliveryStatus.SENT);
    assertThat(fixture.gateway().deliveries()).hasSize(4);
  }

  @Test
  void givenAcceptedWithWarnings_dispatch_keepsThemAsErrorMessagesOfTheSentMessage() {
    Message message = fixture.sendText(thread, "One");
    fixture.gateway().willAnswer(new SendOutcome.Accepted("<id@x>", List.of("smtp 550: bob@example.com refused")));

    dispatch();

    assertThat(stored(message).deliveryStatus()).isEqualTo(DeliveryStatus.SENT);
    assertThat(stored(message).errorMessages()).containsExactly("smtp 550: bob@example.com refused");
  }
}
