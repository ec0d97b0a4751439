package dev.switchboard.application.port.in;

import dev.switchboard.application.port.in.UpdateOrganizationUseCase.Change;
import dev.switchboard.domain.Violation;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.webhook.WebhookEvent;
import dev.switchboard.domain.webhook.WebhookId;
import dev.switchboard.domain.webhook.WebhookResource;
import dev.switchboard.domain.webhook.WebhookSubscription;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes a webhook. Absent settings stay as they are; {@code url} is a {@link Change}, because clearing it (fall
 * back to the organization's URL) differs from leaving it alone. The result is checked like a new webhook.
 */
public interface UpdateWebhookUseCase {

  record Command(
      OrganizationId organization,
      WebhookId id,
      Optional<WebhookResource> resource,
      Optional<WebhookEvent> event,
      Optional<List<String>> fields,
      Change<URI> url) {
    public Command {
      Objects.requireNonNull(organization, "organization");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(resource, "resource");
      Objects.requireNonNull(event, "event");
      fields = fields.map(List::copyOf);
      Objects.requireNonNull(url, "url");
    }
  }

  sealed interface Result {
    record Updated(WebhookSubscription webhook) implements Result {}

    record NotFound() implements Result {}

    /** Invalid settings, or no destination left ({@link CreateWebhookUseCase#NO_DESTINATION}). */
    record Rejected(Violation violation) implements Result {}
  }

  Result update(Command command);
}
