package dev.switchboard.application.port.in;

import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.webhook.WebhookId;

/**
 * Deletes a webhook: no new deliveries are made for it. Its log stays; deliveries still pending fail with a note
 * that the webhook was deleted.
 */
public interface DeleteWebhookUseCase {
  DeleteResult delete(OrganizationId organization, WebhookId id);
}
