package dev.switchboard.adapter.http.webhook;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapter.http.channel.ChannelView;
import dev.switchboard.adapter.http.jsonapi.JsonApi;
import dev.switchboard.adapter.http.jsonapi.ResourceObject;
import dev.switchboard.adapter.http.resource.MessageView;
import dev.switchboard.adapter.http.resource.ThreadView;
import dev.switchboard.adapter.http.template.TemplateView;
import dev.switchboard.application.port.out.ChangeEvent;
import dev.switchboard.application.port.out.WebhookSender;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The body of a webhook, as Recrubo documents it:
 *
 * <pre>
 * {"data":{"type":"webhookPayload","id":"&lt;delivery id&gt;",
 *          "attributes":{"webhookId":"..","event":"update","fields":["deliveryStatus"],"resource":{..}}}}
 * </pre>
 *
 * {@code resource} is the resource object the API itself would return (same view classes), in its state after the
 * change, or its last state for a delete. {@code fields} lists the changed attributes of an update, else is empty.
 * A channel is rendered by {@link ChannelView}, as {@code GET /channels/{id}} renders it: its credentials by name
 * only, its {@code callbackUrl} on {@code publicBaseUrl}.
 */
public final class WebhookPayloads {

  public static final String TYPE = "webhookPayload";

  private WebhookPayloads() {}

  /** {@code publicBaseUrl} is asked for only when the resource is a channel. */
  public static byte[] render(WebhookSender.Request request, Supplier<String> publicBaseUrl) {
    ObjectNode attributes = JsonApi.object();
    attributes.put("webhookId", request.webhookId().toString());
    attributes.put("event", request.event().wireName());
    ArrayNode fields = attributes.putArray("fields");
    request.fields().forEach(fields::add);
    attributes.set("resource", resourceObject(request.resource(), publicBaseUrl).toJson());
    ObjectNode data = JsonApi.object();
    data.put("type", TYPE);
    data.put("id", request.deliveryId().toString());
    data.set("attributes", attributes);
    ObjectNode document = JsonApi.object();
    document.set("data", data);
    return JsonApi.write(document).getBytes(StandardCharsets.UTF_8);
  }

  /** Exhaustive on purpose: a new kind of resource does not compile until it has a webhook representation. */
  static ResourceObject resourceObject(ChangeEvent.Resource resource, Supplier<String> publicBaseUrl) {
    return switch (resource) {
      case ChangeEvent.Resource.ThreadState state -> ThreadView.from(state.thread(), Optional.empty());
      case ChangeEvent.Resource.MessageState state -> MessageView.from(state.message());
      case ChangeEvent.Resource.TemplateState state -> TemplateView.from(state.template());
      case ChangeEvent.Resource.ChannelState state -> ChannelView.from(state.channel(), publicBaseUrl.get());
    };
  }
}
