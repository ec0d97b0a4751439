package dev.switchboard.application.testing;

import dev.switchboard.application.inmemory.InMemoryAdapters;
import dev.switchboard.application.port.in.CreateWebhookUseCase;
import dev.switchboard.application.service.WebhookPolicy;
import dev.switchboard.application.service.WebhookPorts;
import dev.switchboard.application.service.WebhooksCore;
import dev.switchboard.domain.organization.Organization;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.webhook.RetrySchedule;
import dev.switchboard.domain.webhook.WebhookEvent;
import dev.switchboard.domain.webhook.WebhookResource;
import dev.switchboard.domain.webhook.WebhookSubscription;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The webhook core next to the messaging core of a {@link MessagingFixture}, on the same in-memory adapters, with a
 * {@link FakeWebhookSender} and a short retry schedule ({@link #RETRIES}). {@link #deliverAll()} runs both worker
 * steps until nothing is left that is due now.
 */
public final class WebhookFixture {

  public static final URI ORG_URL = URI.create("https://hooks.example.com/switchboard");
  public static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  public static final RetrySchedule RETRIES = new RetrySchedule(List.of(Duration.ofSeconds(10), Duration.ofMinutes(1)));

  private final MessagingFixture messaging = MessagingFixture.create();
  private final FakeWebhookSender sender = new FakeWebhookSender();
  private final WebhooksCore core;

  public WebhookFixture() {
    InMemoryAdapters adapters = messaging.adapters();
    this.core = WebhooksCore.create(
        new WebhookPorts(
            adapters.webhooks().subscriptions(),
            adapters.webhooks().deliveries(),
            adapters.events(),
            adapters.tenancy().organizations(),
            sender,
            adapters.transactions(),
            messaging.clock(),
            messaging.ids()),
        new WebhookPolicy(10, Duration.ofMinutes(2), RETRIES));
  }

  public MessagingFixture messaging() {
    return messaging;
  }

  public WebhooksCore core() {
    return core;
  }

  public FakeWebhookSender sender() {
    return sender;
  }

  /** An organization with a webhook URL and secret (either may be left out). */
  public OrganizationId organization(Optional<URI> url, Optional<String> secret) {
    OrganizationId id = new OrganizationId(messaging.ids().nextId());
    messaging.adapters().tenancy().organizations().insert(
        new Organization(id, "Acme", url, secret, messaging.now(), messaging.now()));
    return id;
  }

  public OrganizationId organization() {
    return organization(Optional.of(ORG_URL), Optional.of(SECRET));
  }

  public WebhookSubscription subscribe(
      OrganizationId organization, WebhookResource resource, WebhookEvent event, String... fields) {
    var result = core.createWebhook().create(
        new CreateWebhookUseCase.Command(organization, resource, event, List.of(fields), Optional.empty()));
    return MessagingFixture.expect(result, CreateWebhookUseCase.Result.Created.class).webhook();
  }

  /** Fans out every new event and sends every delivery due now, until a round finds nothing. */
  public void deliverAll() {
    while (core.fanOutEvents().fanOut() + core.sendWebhooks().sendDue() > 0) {
      // keep going: a delivery sent may unblock the next one for the same resource
    }
  }
}
