package dev.switchboard.adapter.http;

import dev.switchboard.application.port.in.AuthenticateUseCase;
import dev.switchboard.application.port.in.CreateChannelUseCase;
import dev.switchboard.application.port.in.DeleteChannelUseCase;
import dev.switchboard.application.port.in.GetChannelUseCase;
import dev.switchboard.application.port.in.HandleProviderCallbackUseCase;
import dev.switchboard.application.port.in.ListChannelsUseCase;
import dev.switchboard.application.port.in.UpdateChannelUseCase;
import dev.switchboard.application.port.in.CreateOrganizationUseCase;
import dev.switchboard.application.port.in.CreateTemplateUseCase;
import dev.switchboard.application.port.in.CreateThreadUseCase;
import dev.switchboard.application.port.in.DeleteMessageUseCase;
import dev.switchboard.application.port.in.DeleteOrganizationUseCase;
import dev.switchboard.application.port.in.DeleteTemplateUseCase;
import dev.switchboard.application.port.in.DeleteThreadUseCase;
import dev.switchboard.application.port.in.GetMessageUseCase;
import dev.switchboard.application.port.in.GetOrganizationUseCase;
import dev.switchboard.application.port.in.GetTemplateUseCase;
import dev.switchboard.application.port.in.GetThreadUseCase;
import dev.switchboard.application.port.in.IdempotencyUseCase;
import dev.switchboard.application.port.in.ListMessagesUseCase;
import dev.switchboard.application.port.in.ListOrganizationsUseCase;
import dev.switchboard.application.port.in.ListTemplatesUseCase;
import dev.switchboard.application.port.in.ListThreadsUseCase;
import dev.switchboard.application.port.in.RotateOrganizationKeyUseCase;
import dev.switchboard.application.port.in.SendMessageUseCase;
import dev.switchboard.application.port.in.UpdateMessageUseCase;
import dev.switchboard.application.port.in.UpdateOrganizationUseCase;
import dev.switchboard.application.port.in.UpdateThreadUseCase;
import dev.switchboard.application.port.in.CreateWebhookUseCase;
import dev.switchboard.application.port.in.DeleteWebhookUseCase;
import dev.switchboard.application.port.in.GetWebhookLogUseCase;
import dev.switchboard.application.port.in.GetWebhookUseCase;
import dev.switchboard.application.port.in.ListWebhookLogsUseCase;
import dev.switchboard.application.port.in.ListWebhooksUseCase;
import dev.switchboard.application.port.in.RedeliverWebhookUseCase;
import dev.switchboard.application.port.in.UpdateWebhookUseCase;
import java.util.Objects;

/**
 * The driving ports the HTTP adapter calls, grouped by resource. Only {@code port.in} interfaces: the adapter never
 * sees the services behind them. Bootstrap fills this from {@code MessagingCore}, {@code TenancyCore} and
 * {@code WebhooksCore}.
 */
public record UseCases(
    Threads threads,
    Messages messages,
    Templates templates,
    Organizations organizations,
    AuthenticateUseCase authenticate,
    IdempotencyUseCase idempotency,
    Channels channels,
    HandleProviderCallbackUseCase providerCallbacks,
    Webhooks webhooks) {

  public UseCases {
    Objects.requireNonNull(threads, "threads");
    Objects.requireNonNull(messages, "messages");
    Objects.requireNonNull(templates, "templates");
    Objects.requireNonNull(organizations, "organizations");
    Objects.requireNonNull(authenticate, "authenticate");
    Objects.requireNonNull(idempotency, "idempotency");
    Objects.requireNonNull(channels, "channels");
    Objects.requireNonNull(providerCallbacks, "providerCallbacks");
    Objects.requireNonNull(webhooks, "webhooks");
  }

  public record Threads(
      CreateThreadUseCase create,
      GetThreadUseCase get,
      ListThreadsUseCase list,
      UpdateThreadUseCase update,
      DeleteThreadUseCase delete) {
    public Threads {
      Objects.requireNonNull(create, "create");
      Objects.requireNonNull(get, "get");
      Objects.requireNonNull(list, "list");
      Objects.requireNonNull(update, "update");
      Objects.requireNonNull(delete, "delete");
    }
  }

  public record Messages(
      SendMessageUseCase send,
      GetMessageUseCase get,
      ListMessagesUseCase list,
      UpdateMessageUseCase update,
      DeleteMessageUseCase delete) {
    public Messages {
      Objects.requireNonNull(send, "send");
      Objects.requireNonNull(get, "get");
      Objects.requireNonNull(list, "list");
      Objects.requireNonNull(update, "update");
      Objects.requireNonNull(delete, "delete");
    }
  }

  public record Templates(
      CreateTemplateUseCase create, GetTemplateUseCase get, ListTemplatesUseCase list, DeleteTemplateUseCase delete) {
    public Templates {
      Objects.requireNonNull(create, "create");
      Objects.requireNonNull(get, "get");
      Objects.requireNonNull(list, "list");
      Objects.requireNonNull(delete, "delete");
    }
  }

  public record Organizations(
      CreateOrganizationUseCase create,
      GetOrganizationUseCase get,
      ListOrganizationsUseCase list,
      UpdateOrganizationUseCase update,
      DeleteOrganizationUseCase delete,
      RotateOrganizationKeyUseCase rotateKey) {
    public Organizations {
      Objects.requireNonNull(create, "create");
      Objects.requireNonNull(get, "get");
      Objects.requireNonNull(list, "list");
      Objects.requireNonNull(update, "update");
      Objects.requireNonNull(delete, "delete");
      Objects.requireNonNull(rotateKey, "rotateKey");
    }
  }

  public record Channels(
      CreateChannelUseCase create,
      GetChannelUseCase get,
      ListChannelsUseCase list,
      UpdateChannelUseCase update,
      DeleteChannelUseCase delete) {
    public Channels {
      Objects.requireNonNull(create, "create");
      Objects.requireNonNull(get, "get");
      Objects.requireNonNull(list, "list");
      Objects.requireNonNull(update, "update");
      Objects.requireNonNull(delete, "delete");
    }
  }

  /** Webhook subscriptions and their delivery log. */
  public record Webhooks(
      CreateWebhookUseCase create,
      GetWebhookUseCase get,
      ListWebhooksUseCase list,
      UpdateWebhookUseCase update,
      DeleteWebhookUseCase delete,
      GetWebhookLogUseCase getLog,
      ListWebhookLogsUseCase listLogs,
      RedeliverWebhookUseCase redeliver) {
    public Webhooks {
      Objects.requireNonNull(create, "create");
      Objects.requireNonNull(get, "get");
      Objects.requireNonNull(list, "list");
      Objects.requireNonNull(update, "update");
      Objects.requireNonNull(delete, "delete");
      Objects.requireNonNull(getLog, "getLog");
      Objects.requireNonNull(listLogs, "listLogs");
      Objects.requireNonNull(redeliver, "redeliver");
    }
  }
}
