package dev.switchboard.adapter.http.testing;

import dev.switchboard.adapter.http.PublicBaseUrl;
import dev.switchboard.adapter.http.ReadinessCheck;
import dev.switchboard.adapter.http.UseCases;
import dev.switchboard.adapter.http.webhook.HttpWebhookSender;
import dev.switchboard.adapter.http.webhook.WebhookSenderConfig;
import dev.switchboard.application.id.UuidV7IdSource;
import dev.switchboard.application.port.out.WebhookSender;
import dev.switchboard.application.secret.SecureRandomSecretGenerator;
import dev.switchboard.application.service.ChannelCore;
import dev.switchboard.application.service.DeliveryPolicy;
import dev.switchboard.application.service.MessagingCore;
import dev.switchboard.application.service.Ports;
import dev.switchboard.application.service.SendRateLimit;
import dev.switchboard.application.service.TenancyCore;
import dev.switchboard.application.service.TenancyPorts;
import dev.switchboard.application.service.WebhookPorts;
import dev.switchboard.application.service.WebhooksCore;
import dev.switchboard.application.testing.FakeChannelGateway;
import dev.switchboard.application.testing.FakeProviderClient;
import dev.switchboard.application.testing.FixedRandom;
import java.time.Clock;
import java.time.InstantSource;

/**
 * The contract suites' backend: the real cores over any storage, with fake providers and a webhook sender allowed to
 * reach the tests' loopback receivers (test code may see {@code application.service}; the adapter's main code may
 * not). The in-memory suites and bootstrap's H2 and PostgreSQL suites all build their backend here.
 */
public final class CoreBackend {

  /** How the cores become the adapter's use cases: the suites' own wiring, or the server's. */
  @FunctionalInterface
  public interface Wiring {
    UseCases useCases(MessagingCore messaging, TenancyCore tenancy, ChannelCore channels, WebhooksCore webhooks);
  }

  private CoreBackend() {}

  /** The cores over {@code storage}; {@code resources} is closed after each test. */
  public static Backend over(
      BackendStorage storage, Wiring wiring, ReadinessCheck readiness, AutoCloseable resources) {
    InstantSource clock = Clock.systemUTC();
    UuidV7IdSource ids = UuidV7IdSource.system();
    Ports ports = new Ports(
        storage.threads(),
        storage.messages(),
        storage.templates(),
        storage.deliveryQueue(),
        storage.events(),
        storage.transactions(),
        clock,
        ids,
        storage.acceptedMessages());
    MessagingCore messaging =
        MessagingCore.create(ports, new FakeChannelGateway(), DeliveryPolicy.DEFAULT, FixedRandom.of(0.0));
    ChannelCore channels = ChannelCore.create(
        ports, storage.channels(), new FakeProviderClient(new FakeChannelGateway()), SendRateLimit.DEFAULT);
    TenancyCore tenancy = TenancyCore.create(new TenancyPorts(
        storage.organizations(),
        storage.apiKeys(),
        storage.idempotency(),
        storage.organizationData(),
        SecureRandomSecretGenerator.system(),
        storage.transactions(),
        clock,
        ids), channels.organizationSetup());
    PublicBaseUrl publicBaseUrl = PublicBaseUrl.unbound();
    WebhooksCore webhooks = WebhooksCore.create(
        new WebhookPorts(
            storage.webhooks(),
            storage.webhookDeliveries(),
            storage.outbox(),
            storage.organizations(),
            loopbackSender(publicBaseUrl),
            storage.transactions(),
            clock,
            ids),
        BackgroundWork.POLICY);
    return new Backend(
        wiring.useCases(messaging, tenancy, channels, webhooks),
        readiness,
        tenancy.provision(),
        messaging.recordInboundMessage(),
        resources,
        new BackgroundWork(messaging.dispatchDeliveries(), webhooks.fanOutEvents(), webhooks.sendWebhooks()),
        publicBaseUrl);
  }

  /** The real webhook sender, allowed to post to loopback, where the tests' receivers listen. */
  public static WebhookSender loopbackSender(PublicBaseUrl publicBaseUrl) {
    return new HttpWebhookSender(
        WebhookSenderConfig.DEFAULT.allowingPrivateTargets(true), Clock.systemUTC(), publicBaseUrl);
  }

  /** The wiring of the cores into the adapter that the in-memory suites use; bootstrap passes its own. */
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
