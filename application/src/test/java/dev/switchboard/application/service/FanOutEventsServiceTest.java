package dev.switchboard.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.in.DeleteResult;
import dev.switchboard.application.port.in.UpdateMessageUseCase;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.testing.WebhookFixture;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.thread.MessageThread;
import dev.switchboard.domain.webhook.WebhookDelivery;
import dev.switchboard.domain.webhook.WebhookEvent;
import dev.switchboard.domain.webhook.WebhookResource;
import dev.switchboard.domain.webhook.WebhookSubscription;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FanOutEventsServiceTest {

  private final WebhookFixture fixture = new WebhookFixture();
  private final OrganizationId org = fixture.organization();

  private List<WebhookDelivery> log(OrganizationId organization) {
    return fixture.core().listWebhookLogs().list(organization, ListQuery.firstPage()).items();
  }

  @Test
  void givenAStatusOnlyWebhook_fanOut_takesTheStatusChangeButNotTheSendByEdit() {
    WebhookSubscription statusOnly =
        fixture.subscribe(org, WebhookResource.MESSAGES, WebhookEvent.UPDATE, "deliveryStatus");
    MessageThread thread = fixture.messaging().smsThread(org);
    Message message = fixture.messaging().sendText(thread, "Hi");
    fixture.messaging().core().updateMessage().update(
        new UpdateMessageUseCase.Command(org, message.id(), Optional.of("Someone else"), Optional.empty()));

    fixture.messaging().core().dispatchDeliveries().dispatchDue();
    int events = fixture.core().fanOutEvents().fanOut();

    assertThat(events).isEqualTo(fixture.messaging().events().size());
    assertThat(log(org)).singleElement().satisfies(delivery -> {
      assertThat(delivery.webhookId()).isEqualTo(statusOnly.id());
      assertThat(delivery.event()).isEqualTo(WebhookEvent.UPDATE);
      assertThat(delivery.resource().id()).isEqualTo(message.id().value());
    });
    assertThat(fixture.core().fanOutEvents().fanOut()).isZero();
  }

  @Test
  void givenTwoWebhooksOnOneEvent_fanOut_makesOneDeliveryEach_inEventOrder() {
    fixture.subscribe(org, WebhookResource.MESSAGE_THREADS, WebhookEvent.CREATE);
    fixture.subscribe(org, WebhookResource.MESSAGE_THREADS, WebhookEvent.CREATE);
    fixture.messaging().smsThread(org);
    fixture.messaging().emailThread(org);

    fixture.core().fanOutEvents().fanOut();

    List<WebhookDelivery> deliveries = log(org);
    assertThat(deliveries).hasSize(4);
    assertThat(deliveries).extracting(WebhookDelivery::eventSequence).isSorted();
  }

  @Test
  void givenAnotherOrganizationsEvents_fanOut_neverDeliversThemToThisOrganization() {
    OrganizationId other = fixture.organization();
    fixture.subscribe(org, WebhookResource.MESSAGE_THREADS, WebhookEvent.CREATE);
    fixture.messaging().smsThread(other);

    fixture.core().fanOutEvents().fanOut();

    assertThat(log(org)).isEmpty();
    assertThat(log(other)).isEmpty();
  }

  @Test
  void givenOrganizationsWithoutWebhooks_fanOut_countsTheirEventsAndDeliversOnlyTheWatched() {
    OrganizationId unwatched = fixture.organization();
    fixture.subscribe(org, WebhookResource.MESSAGE_THREADS, WebhookEvent.CREATE);
    fixture.messaging().smsThread(unwatched);
    MessageThread watched = fixture.messaging().smsThread(org);
    fixture.messaging().emailThread(unwatched);

    int handled = fixture.core().fanOutEvents().fanOut();

    assertThat(handled).isEqualTo(fixture.messaging().events().size());
    assertThat(log(org)).singleElement()
        .satisfies(delivery -> assertThat(delivery.resource().id()).isEqualTo(watched.id().value()));
    assertThat(log(unwatched)).isEmpty();
    assertThat(fixture.core().fanOutEvents().fanOut()).isZero();
  }

  @Test
  void givenADeletedWebhook_fanOut_ignoresIt() {
    WebhookSubscription webhook = fixture.subscribe(org, WebhookResource.MESSAGE_THREADS, WebhookEvent.CREATE);
    assertThat(fixture.core().deleteWebhook().delete(org, webhook.id())).isEqualTo(DeleteResult.DELETED);
    fixture.messaging().smsThread(org);

    fixture.core().fanOutEvents().fanOut();

    assertThat(log(org)).isEmpty();
  }
}
