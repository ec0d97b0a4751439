package dev.switchboard.application.port.in;

import dev.switchboard.domain.Violation;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.webhook.WebhookEvent;
import dev.switchboard.domain.webhook.WebhookResource;
import dev.switchboard.domain.webhook.WebhookSubscription;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Subscribes the organization to an event of a kind of resource. A webhook needs a destination: its own
 * {@code url}, or else the organization's webhook URL.
 */
public interface CreateWebhookUseCase {

  String NO_DESTINATION = "no_webhook_destination";

  record Command(
      OrganizationId organization,
      WebhookResource resource,
      WebhookEvent event,
      List<String> fields,
      Optional<URI> url) {
    public Command {
      Objects.requireNonNull(organization, "organization");
      Objects.requireNonNull(resource, "resource");
      Objects.requireNonNull(event, "event");
      fields = List.copyOf(fields);
      Objects.requireNonNull(url, "url");
    }
  }

  sealed interface Result {
    record Created(WebhookSubscription webhook) implements Result {}

    /** Invalid settings, or no destination ({@link #NO_DESTINATION}). */
    record Rejected(Violation violation) implements Result {}
  }

  Result create(Command command);
}
