package dev.switchboard.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.switchboard.application.port.in.DeleteResult;
import dev.switchboard.application.port.in.RecordStatusUpdateUseCase;
import dev.switchboard.application.port.in.RedeliverWebhookUseCase;
import dev.switchboard.application.port.out.ChangeEvent;
import dev.switchboard.application.port.out.WebhookSender;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.testing.FakeChannelGateway;
import dev.switchboard.application.testing.FakeWebhookSender;
import dev.switchboard.application.testing.MessagingFixture;
import dev.switchboard.application.testing.WebhookFixture;
import dev.switchboard.domain.message.DeliveryStatus;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.StatusUpdate;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.thread.MessageThread;
import dev.switchboard.domain.webhook.AttemptOutcome;
import dev.switchboard.domain.webhook.DeliveryState;
import dev.switchboard.domain.webhook.WebhookDelivery;
import dev.switchboard.domain.webhook.WebhookEvent;
import dev.switchboard.domain.webhook.WebhookResource;
import dev.switchboard.domain.webhook.WebhookSubscription;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SendWebhooksServiceTest {

  private static final AttemptOutcome DOWN = new AttemptOutcome.NotSent("connection refused");

  private final WebhookFixture fixture = new WebhookFixture();
  private final OrganizationId org = fixture.organization();

  private WebhookDelivery onlyDelivery(OrganizationId organization) {
    List<WebhookDelivery> all = fixture.core().listWebhookLogs().list(organization, ListQuery.firstPage()).items();
    assertThat(all).hasSize(1);
    return all.getFirst();
  }

  @Test
  void givenACreatedThread_sendDue_postsItWithTheOrganizationsDestinationAndSecret() {
    WebhookSubscription webhook = fixture.subscribe(org, WebhookResource.MESSAGE_THREADS, WebhookEvent.CREATE);
    MessageThread thread = fixture.messaging().smsThread(org);

    fixture.deliverAll();

    WebhookSender.Request request = fixture.sender().requests().getFirst();
    WebhookDelivery delivery = onlyDelivery(org);
    assertThat(request.target()).isEqualTo(WebhookFixture.ORG_URL);
    assertThat(request.secret()).isEqualTo(WebhookFixture.SECRET);
    assertThat(request.webhookId()).isEqualTo(webhook.id());
    assertThat(request.deliveryId()).isEqualTo(delivery.id());
    assertThat(request.resource()).isEqualTo(new ChangeEvent.Resource.ThreadState(thread));
    assertThat(request.toString()).doesNotContain(WebhookFixture.SECRET);
    assertThat(delivery.status()).isEqualTo(DeliveryState.DELIVERED);
    assertThat(delivery.attempts()).singleElement()
        .satisfies(attempt -> assertThat(attempt.outcome()).isEqualTo(FakeWebhookSender.OK));
  }

  @Test
  void givenAReceiverThatFailsThenRecovers_sendDue_retriesOnScheduleUntilDelivered() {
    fixture.subscribe(org, WebhookResource.MESSAGE_THREADS, WebhookEvent.CREATE);
    fixture.sender().answering(new AttemptOutcome.Responded(503, "busy"), DOWN);
    fixture.messaging().smsThread(org);

    fixture.deliverAll();
    WebhookDelivery afterFirst = onlyDelivery(org);
    fixture.messaging().clock().advance(Duration.ofSeconds(10));
    fixture.deliverAll();
    fixture.messaging().clock().advance(Duration.ofMinutes(1));
    fixture.deliverAll();

    assertThat(afterFirst.nextAttemptAt()).contains(MessagingFixture.START.plusSeconds(10));
    WebhookDelivery delivery = onlyDelivery(org);
    assertThat(delivery.status()).isEqualTo(DeliveryState.DELIVERED);
    assertThat(delivery.attempts()).extracting(attempt -> attempt.outcome().isSuccess()).containsExactly(false, false, true);
    assertThat(fixture.sender().requests()).hasSize(3);
  }

  @Test
  void givenAReceiverDownForTheWholeSchedule_theDeliveryFails_andRedeliverSendsItAgain() {
    fixture.subscribe(org, WebhookResource.MESSAGE_THREADS, WebhookEvent.CREATE);
    fixture.sender().answering(DOWN, DOWN, DOWN);
    fixture.messaging().smsThread(org);

    fixture.deliverAll();
    fixture.messaging().clock().advance(Duration.ofSeconds(10));
    fixture.deliverAll();
    fixture.messaging().clock().advance(Duration.ofMinutes(1));
    fixture.deliverAll();
    WebhookDelivery failed = onlyDelivery(org);
    var redelivered = fixture.core().redeliverWebhook().redeliver(org, failed.id());
    fixture.deliverAll();

    assertThat(failed.status()).isEqualTo(DeliveryState.FAILED);
    assertThat(redelivered).isInstanceOf(RedeliverWebhookUseCase.Result.Scheduled.class);
    assertThat(onlyDelivery(org).status()).isEqualTo(DeliveryState.DELIVERED);
    assertThat(fixture.core().redeliverWebhook().redeliver(org, failed.id()))
        .isInstanceOf(RedeliverWebhookUseCase.Result.NotFailed.class);
    assertThat(fixture.core().redeliverWebhook().redeliver(fixture.organization(), failed.id()))
        .isInstanceOf(RedeliverWebhookUseCase.Result.NotFound.class);
  }

  @Test
  void givenTwoChangesOfOneMessage_theSecondWaitsUntilTheFirstIsDone() {
    fixture.subscribe(org, WebhookResource.MESSAGES, WebhookEvent.UPDATE);
    fixture.subscribe(org, WebhookResource.MESSAGES, WebhookEvent.CREATE);
    fixture.sender().answering(DOWN);
    Message message = fixture.messaging().sendText(fixture.messaging().smsThread(org), "Hi");
    fixture.messaging().core().dispatchDeliveries().dispatchDue();

    fixture.deliverAll();
    int sentWhileTheCreateWaits = fixture.sender().requests().size();
    fixture.messaging().clock().advance(Duration.ofSeconds(10));
    fixture.deliverAll();

    // The create failed once, so the update to the same message (another webhook) went ahead: order is per webhook.
    // The first two went out in one batch, which is posted concurrently, so they may arrive in either order.
    List<WebhookEvent> sent = fixture.sender().requests().stream().map(WebhookSender.Request::event).toList();
    assertThat(sentWhileTheCreateWaits).isEqualTo(2);
    assertThat(sent).hasSize(3);
    assertThat(sent.subList(0, 2)).containsExactlyInAnyOrder(WebhookEvent.CREATE, WebhookEvent.UPDATE);
    assertThat(sent.get(2)).isEqualTo(WebhookEvent.CREATE);
    assertThat(message).isNotNull();
  }

  @Test
  void givenOneWebhookAndSeveralUpdatesOfOneMessage_theyAreSentInEventOrder_evenAcrossRetries() {
    fixture.subscribe(org, WebhookResource.MESSAGES, WebhookEvent.UPDATE, "deliveryStatus");
    fixture.sender().answering(DOWN);
    Message message = fixture.messaging().sendText(fixture.messaging().smsThread(org), "Hi");
    fixture.messaging().core().dispatchDeliveries().dispatchDue();
    fixture.messaging().core().recordStatusUpdate().record(new RecordStatusUpdateUseCase.Command(
        org, FakeChannelGateway.providerMessageId(1), StatusUpdate.DELIVERED));

    fixture.deliverAll();
    int sentBeforeTheRetry = fixture.sender().requests().size();
    fixture.messaging().clock().advance(Duration.ofSeconds(10));
    fixture.deliverAll();

    assertThat(sentBeforeTheRetry).isEqualTo(1);
    assertThat(fixture.sender().requests())
        .extracting(request -> ((ChangeEvent.Resource.MessageState) request.resource()).message())
        .extracting(Message::id, Message::deliveryStatus)
        .containsExactly(
            tuple(message.id(), DeliveryStatus.SENT),
            tuple(message.id(), DeliveryStatus.SENT),
            tuple(message.id(), DeliveryStatus.DELIVERED));
  }

  @Test
  void givenNoSecret_theAttemptFailsWithAReason_andNothingIsPostedUnsigned() {
    OrganizationId unsigned = fixture.organization(Optional.of(WebhookFixture.ORG_URL), Optional.empty());
    fixture.subscribe(unsigned, WebhookResource.MESSAGE_THREADS, WebhookEvent.CREATE);
    fixture.messaging().smsThread(unsigned);

    fixture.deliverAll();

    WebhookDelivery delivery = onlyDelivery(unsigned);
    assertThat(fixture.sender().requests()).isEmpty();
    assertThat(delivery.status()).isEqualTo(DeliveryState.PENDING);
    assertThat(delivery.attempts().getFirst().outcome())
        .isEqualTo(new AttemptOutcome.NotSent("not sent unsigned: the organization has no webhookSecret"));
  }

  @Test
  void givenTheWebhookWasDeletedMeanwhile_itsPendingDeliveryFailsAtOnce() {
    WebhookSubscription webhook = fixture.subscribe(org, WebhookResource.MESSAGE_THREADS, WebhookEvent.CREATE);
    fixture.messaging().smsThread(org);
    fixture.core().fanOutEvents().fanOut();
    assertThat(fixture.core().deleteWebhook().delete(org, webhook.id())).isEqualTo(DeleteResult.DELETED);

    fixture.deliverAll();

    assertThat(onlyDelivery(org).status()).isEqualTo(DeliveryState.FAILED);
    assertThat(fixture.sender().requests()).isEmpty();
  }
}
