package dev.switchboard.application.service;

import dev.switchboard.application.port.in.CreateTemplateUseCase;
import dev.switchboard.application.port.in.CreateThreadUseCase;
import dev.switchboard.application.port.in.DeleteMessageUseCase;
import dev.switchboard.application.port.in.DeleteTemplateUseCase;
import dev.switchboard.application.port.in.DeleteThreadUseCase;
import dev.switchboard.application.port.in.DispatchDeliveriesUseCase;
import dev.switchboard.application.port.in.GetMessageUseCase;
import dev.switchboard.application.port.in.GetTemplateUseCase;
import dev.switchboard.application.port.in.GetThreadUseCase;
import dev.switchboard.application.port.in.ListMessagesUseCase;
import dev.switchboard.application.port.in.ListTemplatesUseCase;
import dev.switchboard.application.port.in.ListThreadsUseCase;
import dev.switchboard.application.port.in.RecordInboundMessageUseCase;
import dev.switchboard.application.port.in.RecordStatusUpdateUseCase;
import dev.switchboard.application.port.in.SendMessageUseCase;
import dev.switchboard.application.port.in.UpdateMessageUseCase;
import dev.switchboard.application.port.in.UpdateThreadUseCase;
import dev.switchboard.application.port.out.ChannelGateway;
import java.util.random.RandomGenerator;

/**
 * The application's single entry point: builds every use case over the given ports. Thread-safe when the ports
 * are; the services keep no state of their own.
 */
public final class MessagingCore {

  private final CreateThreadUseCase createThread;
  private final GetThreadUseCase getThread;
  private final ListThreadsUseCase listThreads;
  private final UpdateThreadUseCase updateThread;
  private final DeleteThreadUseCase deleteThread;
  private final SendMessageUseCase sendMessage;
  private final GetMessageUseCase getMessage;
  private final ListMessagesUseCase listMessages;
  private final UpdateMessageUseCase updateMessage;
  private final DeleteMessageUseCase deleteMessage;
  private final CreateTemplateUseCase createTemplate;
  private final GetTemplateUseCase getTemplate;
  private final ListTemplatesUseCase listTemplates;
  private final DeleteTemplateUseCase deleteTemplate;
  private final RecordInboundMessageUseCase recordInboundMessage;
  private final RecordStatusUpdateUseCase recordStatusUpdate;
  private final DispatchDeliveriesUseCase dispatchDeliveries;

  private MessagingCore(Ports ports, ChannelGateway gateway, DeliveryPolicy policy, RandomGenerator jitter) {
    this.createThread = new CreateThreadService(ports);
    this.getThread = new GetThreadService(ports.threads());
    this.listThreads = new ListThreadsService(ports.threads());
    this.updateThread = new UpdateThreadService(ports);
    this.deleteThread = new DeleteThreadService(ports);
    this.sendMessage = new SendMessageService(ports);
    this.getMessage = new GetMessageService(ports.messages());
    this.listMessages = new ListMessagesService(ports.messages());
    this.updateMessage = new UpdateMessageService(ports);
    this.deleteMessage = new DeleteMessageService(ports);
    this.createTemplate = new CreateTemplateService(ports);
    this.getTemplate = new GetTemplateService(ports.templates());
    this.listTemplates = new ListTemplatesService(ports.templates());
    this.deleteTemplate = new DeleteTemplateService(ports);
    this.recordInboundMessage = new RecordInboundMessageService(ports);
    this.recordStatusUpdate = new RecordStatusUpdateService(ports);
    this.dispatchDeliveries = new DispatchDeliveriesService(ports, gateway, policy, jitter);
  }

  public static MessagingCore create(
      Ports ports, ChannelGateway gateway, DeliveryPolicy policy, RandomGenerator jitter) {
    return new MessagingCore(ports, gateway, policy, jitter);
  }

  public CreateThreadUseCase createThread() {
    return createThread;
  }

  public GetThreadUseCase getThread() {
    return getThread;
  }

  public ListThreadsUseCase listThreads() {
    return listThreads;
  }

  public UpdateThreadUseCase updateThread() {
    return updateThread;
  }

  public DeleteThreadUseCase deleteThread() {
    return deleteThread;
  }

  public SendMessageUseCase sendMessage() {
    return sendMessage;
  }

  public GetMessageUseCase getMessage() {
    return getMessage;
  }

  public ListMessagesUseCase listMessages() {
    return listMessages;
  }

  public UpdateMessageUseCase updateMessage() {
    return updateMessage;
  }

  public DeleteMessageUseCase deleteMessage() {
    return deleteMessage;
  }

  public CreateTemplateUseCase createTemplate() {
    return createTemplate;
  }

  public GetTemplateUseCase getTemplate() {
    return getTemplate;
  }

  public ListTemplatesUseCase listTemplates() {
    return listTemplates;
  }

  public DeleteTemplateUseCase deleteTemplate() {
    return deleteTemplate;
  }

  public RecordInboundMessageUseCase recordInboundMessage() {
    return recordInboundMessage;
  }

  public RecordStatusUpdateUseCase recordStatusUpdate() {
    return recordStatusUpdate;
  }

  public DispatchDeliveriesUseCase dispatchDeliveries() {
    return dispatchDeliveries;
  }
}
