package dev.switchboard.adapter.http.subscription;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapter.http.jsonapi.JsonApi;
import dev.switchboard.adapter.http.jsonapi.ResourceObject;
import dev.switchboard.domain.webhook.AttemptOutcome;
import dev.switchboard.domain.webhook.WebhookAttempt;
import dev.switchboard.domain.webhook.WebhookDelivery;
import java.util.Optional;

/**
 * The web model of a webhook delivery: {@code type: webhookLogs}, whose id is the {@code data.id} of the payload it
 * posts. Each attempt shows its time and either the response code with the start of the response body, or the
 * error that kept it from getting one.
 */
public final class WebhookLogView {

  public static final String TYPE = "webhookLogs";
  public static final String PATH = JsonApi.BASE_PATH + "/webhook-logs";

  private WebhookLogView() {}

  public static String location(WebhookDelivery delivery) {
    return PATH + "/" + delivery.id();
  }

  public static ResourceObject from(WebhookDelivery delivery) {
    ObjectNode attributes = JsonApi.object();
    attributes.put("createdAt", JsonApi.timestamp(delivery.createdAt()));
    attributes.put("updatedAt", JsonApi.timestamp(delivery.updatedAt()));
    attributes.put("webhookId", delivery.webhookId().toString());
    attributes.put("event", delivery.event().wireName());
    attributes.put("resourceType", delivery.resource().type().wireName());
    attributes.put("resourceId", delivery.resource().id().toString());
    attributes.put("status", delivery.status().wireName());
    ArrayNode attempts = attributes.putArray("attempts");
    delivery.attempts().forEach(attempt -> attempts.add(attempt(attempt)));
    delivery.nextAttemptAt().ifPresentOrElse(
        at -> attributes.put("nextAttemptAt", JsonApi.timestamp(at)), () -> attributes.putNull("nextAttemptAt"));
    ObjectNode relationships = JsonApi.object();
    ObjectNode webhook = relationships.putObject("webhook");
    webhook.putObject("data").put("type", WebhookView.TYPE).put("id", delivery.webhookId().toString());
    webhook.putObject("links").put("related", WebhookView.PATH + "/" + delivery.webhookId());
    return new ResourceObject(TYPE, delivery.id().toString(), attributes, Optional.of(relationships), location(delivery));
  }

  private static ObjectNode attempt(WebhookAttempt attempt) {
    ObjectNode node = JsonApi.object();
    node.put("at", JsonApi.timestamp(attempt.at()));
    switch (attempt.outcome()) {
      case AttemptOutcome.Responded responded -> {
        node.put("responseCode", responded.statusCode());
        node.put("responseBody", responded.bodyExcerpt());
        node.putNull("error");
      }
      case AttemptOutcome.NotSent notSent -> {
        node.putNull("responseCode");
        node.putNull("responseBody");
        node.put("error", notSent.reason());
      }
    }
    return node;
  }
}
