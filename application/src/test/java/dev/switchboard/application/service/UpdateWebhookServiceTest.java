package dev.switchboard.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.in.CreateWebhookUseCase;
import dev.switchboard.application.port.in.UpdateOrganizationUseCase.Change;
import dev.switchboard.application.port.in.UpdateWebhookUseCase;
import dev.switchboard.application.testing.MessagingFixture;
import dev.switchboard.application.testing.WebhookFixture;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.webhook.WebhookEvent;
import dev.switchboard.domain.webhook.WebhookResource;
import dev.switchboard.domain.webhook.WebhookSubscription;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Creating and changing webhooks: settings are checked, and a webhook always has somewhere to post. */
class UpdateWebhookServiceTest {

  private static final URI OWN_URL = URI.create("https://crm.example.com/hooks");

  private final WebhookFixture fixture = new WebhookFixture();
  private final OrganizationId org = fixture.organization();
  private final OrganizationId withoutUrl = fixture.organization(Optional.empty(), Optional.of("secret"));

  private UpdateWebhookUseCase.Result update(
      OrganizationId organization, WebhookSubscription webhook, Optional<WebhookEvent> event, Change<URI> url) {
    return fixture.core().updateWebhook().update(new UpdateWebhookUseCase.Command(
        organization, webhook.id(), Optional.empty(), event, Optional.empty(), url));
  }

  @Test
  void givenNoUrlAnywhere_create_isRejectedAsHavingNoDestination() {
    var result = fixture.core().createWebhook().create(new CreateWebhookUseCase.Command(
        withoutUrl, WebhookResource.MESSAGES, WebhookEvent.CREATE, List.of(), Optional.empty()));

    assertThat(result).isInstanceOfSatisfying(CreateWebhookUseCase.Result.Rejected.class, rejected ->
        assertThat(rejected.violation().code()).isEqualTo(CreateWebhookUseCase.NO_DESTINATION));
  }

  @Test
  void givenItsOwnUrl_create_worksWithoutAnOrganizationUrl_butClearingItLaterIsRejected() {
    var created = fixture.core().createWebhook().create(new CreateWebhookUseCase.Command(
        withoutUrl, WebhookResource.MESSAGES, WebhookEvent.CREATE, List.of(), Optional.of(OWN_URL)));
    WebhookSubscription webhook = MessagingFixture.expect(created, CreateWebhookUseCase.Result.Created.class).webhook();

    var cleared = update(withoutUrl, webhook, Optional.empty(), Change.cleared());

    assertThat(webhook.url()).contains(OWN_URL);
    assertThat(cleared).isInstanceOfSatisfying(UpdateWebhookUseCase.Result.Rejected.class, rejected ->
        assertThat(rejected.violation().code()).isEqualTo(CreateWebhookUseCase.NO_DESTINATION));
  }

  @Test
  void givenAFieldFilteredUpdateWebhook_movingItToDelete_dropsTheFields() {
    WebhookSubscription webhook = fixture.subscribe(org, WebhookResource.MESSAGES, WebhookEvent.UPDATE, "deliveryStatus");
    fixture.messaging().clock().advance(Duration.ofSeconds(1));

    var result = update(org, webhook, Optional.of(WebhookEvent.DELETE), Change.unchanged());

    WebhookSubscription moved = MessagingFixture.expect(result, UpdateWebhookUseCase.Result.Updated.class).webhook();
    assertThat(moved.event()).isEqualTo(WebhookEvent.DELETE);
    assertThat(moved.fields()).isEmpty();
    assertThat(moved.updatedAt()).isAfter(webhook.updatedAt());
    assertThat(fixture.core().getWebhook().get(org, webhook.id())).contains(moved);
  }

  @Test
  void givenAnotherOrganizationsWebhook_updateAndGet_doNotFindIt() {
    WebhookSubscription webhook = fixture.subscribe(org, WebhookResource.MESSAGES, WebhookEvent.CREATE);

    assertThat(update(withoutUrl, webhook, Optional.empty(), Change.set(OWN_URL)))
        .isInstanceOf(UpdateWebhookUseCase.Result.NotFound.class);
    assertThat(fixture.core().getWebhook().get(withoutUrl, webhook.id())).isEmpty();
  }
}
