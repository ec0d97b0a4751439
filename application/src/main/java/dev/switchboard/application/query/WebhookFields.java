package dev.switchboard.application.query;

import dev.switchboard.domain.webhook.WebhookSubscription;
import java.util.List;

/** The webhook fields that listings filter and sort on. */
public final class WebhookFields {
  private WebhookFields() {}

  public static final QueryField<WebhookSubscription> ID =
      new QueryField<>("id", ValueType.UUID, true, webhook -> webhook.id().value());
  public static final QueryField<WebhookSubscription> RESOURCE =
      new QueryField<>("resource", ValueType.STRING, true, webhook -> webhook.resource().wireName());
  public static final QueryField<WebhookSubscription> EVENT =
      new QueryField<>("event", ValueType.STRING, true, webhook -> webhook.event().wireName());
  public static final QueryField<WebhookSubscription> CREATED_AT =
      new QueryField<>("createdAt", ValueType.INSTANT, true, WebhookSubscription::createdAt);
  public static final QueryField<WebhookSubscription> UPDATED_AT =
      new QueryField<>("updatedAt", ValueType.INSTANT, true, WebhookSubscription::updatedAt);

  public static final List<QueryField<WebhookSubscription>> ALL = List.of(ID, RESOURCE, EVENT, CREATED_AT, UPDATED_AT);
}
