package dev.switchboard.application.query;

import dev.switchboard.domain.webhook.WebhookDelivery;
import java.util.List;

/** The webhook-log (delivery) fields that listings filter and sort on. */
public final class WebhookLogFields {
  private WebhookLogFields() {}

  public static final QueryField<WebhookDelivery> ID =
      new QueryField<>("id", ValueType.UUID, true, delivery -> delivery.id().value());
  public static final QueryField<WebhookDelivery> WEBHOOK_ID =
      new QueryField<>("webhookId", ValueType.UUID, true, delivery -> delivery.webhookId().value());
  public static final QueryField<WebhookDelivery> EVENT =
      new QueryField<>("event", ValueType.STRING, true, delivery -> delivery.event().wireName());
  public static final QueryField<WebhookDelivery> RESOURCE_TYPE =
      new QueryField<>("resourceType", ValueType.STRING, true, delivery -> delivery.resource().type().wireName());
  public static final QueryField<WebhookDelivery> RESOURCE_ID =
      new QueryField<>("resourceId", ValueType.UUID, true, delivery -> delivery.resource().id());
  public static final QueryField<WebhookDelivery> STATUS =
      new QueryField<>("status", ValueType.STRING, true, delivery -> delivery.status().wireName());
  public static final QueryField<WebhookDelivery> CREATED_AT =
      new QueryField<>("createdAt", ValueType.INSTANT, true, WebhookDelivery::createdAt);
  public static final QueryField<WebhookDelivery> UPDATED_AT =
      new QueryField<>("updatedAt", ValueType.INSTANT, true, WebhookDelivery::updatedAt);

  public static final List<QueryField<WebhookDelivery>> ALL =
      List.of(ID, WEBHOOK_ID, EVENT, RESOURCE_TYPE, RESOURCE_ID, STATUS, CREATED_AT, UPDATED_AT);
}
