package dev.switchboard.adapter.http.subscription;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapter.http.jsonapi.JsonApi;
import dev.switchboard.adapter.http.jsonapi.ResourceObject;
import dev.switchboard.domain.webhook.WebhookSubscription;
import java.util.Optional;

/** The web model of a webhook subscription: {@code type: webhooks}. {@code url} is null when it uses the organization's. */
public final class WebhookView {

  public static final String TYPE = "webhooks";
  public static final String PATH = JsonApi.BASE_PATH + "/webhooks";

  private WebhookView() {}

  public static String location(WebhookSubscription webhook) {
    return PATH + "/" + webhook.id();
  }

  public static ResourceObject from(WebhookSubscription webhook) {
    ObjectNode attributes = JsonApi.object();
    attributes.put("createdAt", JsonApi.timestamp(webhook.createdAt()));
    attributes.put("updatedAt", JsonApi.timestamp(webhook.updatedAt()));
    attributes.put("resource", webhook.resource().wireName());
    attributes.put("event", webhook.event().wireName());
    ArrayNode fields = attributes.putArray("fields");
    webhook.fields().forEach(fields::add);
    webhook.url().ifPresentOrElse(url -> attributes.put("url", url.toString()), () -> attributes.putNull("url"));
    ObjectNode relationships = JsonApi.object();
    relationships.putObject("webhookLogs").putObject("links")
        .put("related", WebhookLogView.PATH + "?filter[webhookId]=" + webhook.id());
    return new ResourceObject(TYPE, webhook.id().toString(), attributes, Optional.of(relationships), location(webhook));
  }
}
