package dev.switchboard.application.service;

import dev.switchboard.application.port.in.CreateWebhookUseCase;
import dev.switchboard.application.port.in.DeleteWebhookUseCase;
import dev.switchboard.application.port.in.FanOutEventsUseCase;
import dev.switchboard.application.port.in.GetWebhookLogUseCase;
import dev.switchboard.application.port.in.GetWebhookUseCase;
import dev.switchboard.application.port.in.ListWebhookLogsUseCase;
import dev.switchboard.application.port.in.ListWebhooksUseCase;
import dev.switchboard.application.port.in.RedeliverWebhookUseCase;
import dev.switchboard.application.port.in.SendWebhooksUseCase;
import dev.switchboard.application.port.in.UpdateWebhookUseCase;

/**
 * Builds the webhook use cases (subscriptions, the log, redelivery) and the two worker steps (fan-out of outbox
 * events to deliveries, sending due deliveries). Thread-safe when the ports are; the services keep no state.
 */
public final class WebhooksCore {

  private final CreateWebhookUseCase createWebhook;
  private final GetWebhookUseCase getWebhook;
  private final ListWebhooksUseCase listWebhooks;
  private final UpdateWebhookUseCase updateWebhook;
  private final DeleteWebhookUseCase deleteWebhook;
  private final GetWebhookLogUseCase getWebhookLog;
  private final ListWebhookLogsUseCase listWebhookLogs;
  private final RedeliverWebhookUseCase redeliverWebhook;
  private final FanOutEventsUseCase fanOutEvents;
  private final SendWebhooksUseCase sendWebhooks;

  private WebhooksCore(WebhookPorts ports, WebhookPolicy policy) {
    this.createWebhook = new CreateWebhookService(ports);
    this.getWebhook = new GetWebhookService(ports.subscriptions());
    this.listWebhooks = new ListWebhooksService(ports.subscriptions());
    this.updateWebhook = new UpdateWebhookService(ports);
    this.deleteWebhook = new DeleteWebhookService(ports);
    this.getWebhookLog = new GetWebhookLogService(ports.deliveries());
    this.listWebhookLogs = new ListWebhookLogsService(ports.deliveries());
    this.redeliverWebhook = new RedeliverWebhookService(ports);
    this.fanOutEvents = new FanOutEventsService(ports, policy);
    this.sendWebhooks = new SendWebhooksService(ports, policy);
  }

  public static WebhooksCore create(WebhookPorts ports, WebhookPolicy policy) {
    return new WebhooksCore(ports, policy);
  }

  public CreateWebhookUseCase createWebhook() {
    return createWebhook;
  }

  public GetWebhookUseCase getWebhook() {
    return getWebhook;
  }

  public ListWebhooksUseCase listWebhooks() {
    return listWebhooks;
  }

  public UpdateWebhookUseCase updateWebhook() {
    return updateWebhook;
  }

  public DeleteWebhookUseCase deleteWebhook() {
    return deleteWebhook;
  }

  public GetWebhookLogUseCase getWebhookLog() {
    return getWebhookLog;
  }

  public ListWebhookLogsUseCase listWebhookLogs() {
    return listWebhookLogs;
  }

  public RedeliverWebhookUseCase redeliverWebhook() {
    return redeliverWebhook;
  }

  public FanOutEventsUseCase fanOutEvents() {
    return fanOutEvents;
  }

  public SendWebhooksUseCase sendWebhooks() {
    return sendWebhooks;
  }
}
