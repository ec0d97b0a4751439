package dev.switchboard.application.service;

import dev.switchboard.application.port.out.ChangeEvent;
import dev.switchboard.domain.webhook.ResourceRef;
import dev.switchboard.domain.webhook.WebhookEvent;
import dev.switchboard.domain.webhook.WebhookResource;

/**
 * What a change event is about, in webhook terms. The switches are exhaustive on purpose: a new kind of resource in
 * {@link ChangeEvent.Resource} does not compile until webhooks know it.
 */
final class ChangedResources {

  private ChangedResources() {}

  static ResourceRef of(ChangeEvent.Resource resource) {
    return switch (resource) {
      case ChangeEvent.Resource.ThreadState state ->
          new ResourceRef(WebhookResource.MESSAGE_THREADS, state.thread().id().value());
      case ChangeEvent.Resource.MessageState state ->
          new ResourceRef(WebhookResource.MESSAGES, state.message().id().value());
      case ChangeEvent.Resource.TemplateState state ->
          new ResourceRef(WebhookResource.MESSAGE_TEMPLATES, state.template().id().value());
      case ChangeEvent.Resource.ChannelState state ->
          new ResourceRef(WebhookResource.CHANNELS, state.channel().id().value());
    };
  }

  static WebhookEvent eventOf(ChangeEvent.Kind kind) {
    return switch (kind) {
      case CREATE -> WebhookEvent.CREATE;
      case UPDATE -> WebhookEvent.UPDATE;
      case DELETE -> WebhookEvent.DELETE;
    };
  }
}
