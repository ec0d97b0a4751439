package dev.switchboard.adapter.http.testing;

import dev.switchboard.adapter.http.PublicBaseUrl;
import dev.switchboard.adapter.http.ReadinessCheck;
import dev.switchboard.adapter.http.UseCases;
import dev.switchboard.adapter.http.webhook.HttpWebhookSender;
import dev.switchboard.adapter.http.webhook.WebhookSenderConfig;
import dev.switchboard.application.id.UuidV7IdSource;
import dev.switchboard.application.port.out.WebhookSender;
import dev.switchboard.application.inmemory.InMemoryAdapters;
import dev.switchboard.application.secret.SecureRandomSecretGenerator;
import dev.switchboard.application.service.ChannelCore;
import dev.switchboard.application.service.MessagingCore;
import dev.switchboard.application.service.SendRateLimit;
import dev.switchboard.application.testing.FakeProviderClient;
import dev.switchboard.application.service.Ports;
import dev.switchboard.application.service.TenancyCore;
import dev.switchboard.application.service.TenancyPorts;
import dev.switchboard.application.service.WebhookPorts;
import dev.switchboard.application.service.WebhooksCore;
import dev.switchboard.application.testing.FakeChannelGateway;
import dev.switchboard.application.testing.FixedRandom;
import dev.switchboard.application.service.DeliveryPolicy;
import java.time.Clock;
import java.time.InstantSource;

/**
 * The backend over the in-memory adapters, the real cores and a fake channel gateway (test code may see
 * {@code application.service}; the adapter's main code may not). Bootstrap builds the same from H2 or PostgreSQL.
 */
public final class InMemoryBackend {

  private InMemoryBackend() {}

  public static Backend create() {
    InMemoryAdapters adapters = InMemoryAdapters.create();
    InstantSource clock = Clock.systemUTC();
    UuidV7IdSource ids = UuidV7IdSource.system();
    Ports ports = new Ports(
        adapters.threads(),
        adapters.messages(),
        adapters.templates(),
        adapters.deliveryQueue(),
        adapters.events(),
        adapters.transactions(),
        clock,
        ids);
    MessagingCore messaging =
        MessagingCore.create(ports, new FakeChannelGateway(), DeliveryPolicy.DEFAULT, FixedRandom.of(0.0));
    ChannelCore channels = ChannelCore.create(
        ports, adapters.channels(), new FakeProviderClient(new FakeChannelGateway()), SendRateLimit.DEFAULT);
    TenancyCore tenancy = TenancyCore.create(new TenancyPorts(
        adapters.tenancy().organizations(),
        adapters.tenancy().apiKeys(),
        adapters.tenancy().idempotency(),
        adapters.tenancy().organizationData(),
        SecureRandomSecretGenerator.system(),
        adapters.transactions(),
        clock,
        ids), channels.organizationSetup());
    PublicBaseUrl publicBaseUrl = PublicBaseUrl.unbound();
    WebhooksCore webhooks = WebhooksCore.create(
        new WebhookPorts(
            adapters.webhooks().subscriptions(),
            adapters.webhooks().deliveries(),
            adapters.events(),
            adapters.tenancy().organizations(),
            loopbackSender(publicBaseUrl),
            adapters.transactions(),
            clock,
            ids),
        BackgroundWork.POLICY);
    return new Backend(
        useCases(messaging, tenancy, channels, webhooks), ReadinessCheck.alwaysReady(), tenancy.provision(),
        messaging.recordInboundMessage(), () -> {}, work(messaging, webhooks), publicBaseUrl);
  }

  /**
   * The real webhook sender, allowed to post to loopback, where the tests' receivers listen; channels are rendered
   * on {@code publicBaseUrl}, which the test's API sets when it starts.
   */
  public static WebhookSender loopbackSender(PublicBaseUrl publicBaseUrl) {
    return new HttpWebhookSender(
        WebhookSenderConfig.DEFAULT.allowingPrivateTargets(true), Clock.systemUTC(), publicBaseUrl);
  }

  public static BackgroundWork work(MessagingCore messaging, WebhooksCore webhooks) {
    return new BackgroundWork(messaging.dispatchDeliveries(), webhooks.fanOutEvents(), webhooks.sendWebhooks());
  }

  /** How bootstrap wires the cores into the adapter; reusable for any storage. */
  public static UseCases useCases(
      MessagingCore messaging, TenancyCore tenancy, ChannelCore channels, WebhooksCore webhooks) {
    return new UseCases(
        new UseCases.Threads(
            messaging.createThread(),
            messaging.getThread(),
            messaging.listThreads(),
            messaging.updateThread(),
            messaging.deleteThread()),
        new UseCases.Messages(
            messaging.sendMessage(),
            messaging.getMessage(),
            messaging.listMessages(),
            messaging.updateMessage(),
            messaging.deleteMessage()),
        new UseCases.Templates(
            messaging.createTemplate(), messaging.getTemplate(), messaging.listTemplates(), messaging.deleteTemplate()),
        new UseCases.Organizations(
            tenancy.createOrganization(),
            tenancy.getOrganization(),
            tenancy.listOrganizations(),
            tenancy.updateOrganization(),
            tenancy.deleteOrganization(),
            tenancy.rotateOrganizationKey()),
        tenancy.authenticate(),
        tenancy.idempotency(),
        new UseCases.Channels(
            channels.createChannel(),
            channels.getChannel(),
            channels.listChannels(),
            channels.updateChannel(),
            channels.deleteChannel()),
        channels.handleProviderCallback(),
        new UseCases.Webhooks(
            webhooks.createWebhook(),
            webhooks.getWebhook(),
            webhooks.listWebhooks(),
            webhooks.updateWebhook(),
            webhooks.deleteWebhook(),
            webhooks.getWebhookLog(),
            webhooks.listWebhookLogs(),
            webhooks.redeliverWebhook()));
  }
}
