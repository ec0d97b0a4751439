package dev.switchboard.adapter.http.resource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapter.http.jsonapi.JsonApi;
import dev.switchboard.adapter.http.jsonapi.ResourceObject;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.channel.EmailAddress;
import dev.switchboard.domain.message.Message;
import java.util.Optional;

/**
 * The web model of a message, in the attribute order of Recrubo's "Sending messages" response. Email messages
 * carry {@code subject}, {@code cc} and {@code bcc} as well.
 */
public final class MessageView {

  public static final String TYPE = "messages";
  public static final String PATH = JsonApi.BASE_PATH + "/messages";

  private MessageView() {}

  public static String location(Message message) {
    return PATH + "/" + message.id();
  }

  public static ResourceObject from(Message message) {
    ObjectNode attributes = JsonApi.object();
    attributes.put("createdAt", JsonApi.timestamp(message.createdAt()));
    attributes.put("updatedAt", JsonApi.timestamp(message.updatedAt()));
    attributes.put("sendBy", message.sendBy());
    attributes.put("origin", message.origin().wireName());
    attributes.put("messageThreadId", message.threadId().toString());
    attributes.set("payload", PayloadJson.write(message.payload()));
    attributes.put("deliveryStatus", message.deliveryStatus().wireName());
    ArrayNode errors = attributes.putArray("errorMessages");
    message.errorMessages().forEach(errors::add);
    if (message.channel() == Channel.EMAIL) {
      message.emailHeaders().subject().ifPresentOrElse(
          subject -> attributes.put("subject", subject), () -> attributes.putNull("subject"));
      ArrayNode cc = attributes.putArray("cc");
      message.emailHeaders().cc().stream().map(EmailAddress::value).forEach(cc::add);
      ArrayNode bcc = attributes.putArray("bcc");
      message.emailHeaders().bcc().stream().map(EmailAddress::value).forEach(bcc::add);
    }
    ObjectNode relationships = JsonApi.object();
    ObjectNode thread = relationships.putObject("messageThread");
    thread.putObject("data").put("type", ThreadView.TYPE).put("id", message.threadId().toString());
    thread.putObject("links").put("related", ThreadView.PATH + "/" + message.threadId());
    return new ResourceObject(TYPE, message.id().toString(), attributes, Optional.of(relationships), location(message));
  }
}
