package dev.switchboard.application.service;

import dev.switchboard.application.port.out.ChangeEvent;
import dev.switchboard.domain.webhook.WebhookEvent;

/**
 * A change event's kind in webhook terms (which resource it is about comes from {@link ChangeEvent.Resource#ref()}).
 * The switch is exhaustive on purpose: a new kind of change does not compile until webhooks know it.
 */
final class ChangedResources {

  private ChangedResources() {}

  static WebhookEvent eventOf(ChangeEvent.Kind kind) {
    return switch (kind) {
      case CREATE -> WebhookEvent.CREATE;
      case UPDATE -> WebhookEvent.UPDATE;
      case DELETE -> WebhookEvent.DELETE;
    };
  }
}
