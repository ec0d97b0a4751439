package dev.switchboard.adapter.http.resource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapter.http.jsonapi.JsonApi;
import dev.switchboard.adapter.http.jsonapi.ResourceObject;
import dev.switchboard.domain.message.MessageId;
import dev.switchboard.domain.thread.MessageThread;
import java.util.List;
import java.util.Optional;

/** The web model of a message thread: {@code type: messageThreads}. */
public final class ThreadView {

  public static final String TYPE = "messageThreads";
  public static final String PATH = JsonApi.BASE_PATH + "/message-threads";

  private ThreadView() {}

  public static String location(MessageThread thread) {
    return PATH + "/" + thread.id();
  }

  /** {@code messageIds} is present when the request included the messages; they become relationship data. */
  public static ResourceObject from(MessageThread thread, Optional<List<MessageId>> messageIds) {
    ObjectNode attributes = JsonApi.object();
    attributes.put("createdAt", JsonApi.timestamp(thread.createdAt()));
    attributes.put("updatedAt", JsonApi.timestamp(thread.updatedAt()));
    attributes.put("channel", thread.channel().wireName());
    attributes.put("identifier", thread.identifier().value());
    attributes.put("chatbotPaused", thread.chatbotPaused());
    thread.candidateId().ifPresentOrElse(
        candidate -> attributes.put("candidateId", candidate.toString()), () -> attributes.putNull("candidateId"));
    thread.serviceWindowExpiresAt().ifPresentOrElse(
        at -> attributes.put("serviceWindowExpiresAt", JsonApi.timestamp(at)),
        () -> attributes.putNull("serviceWindowExpiresAt"));

    ObjectNode relationships = JsonApi.object();
    ObjectNode messages = relationships.putObject("messages");
    messages.putObject("links").put("related", messagesLink(thread));
    messageIds.ifPresent(ids -> {
      ArrayNode data = messages.putArray("data");
      ids.forEach(id -> data.addObject().put("type", MessageView.TYPE).put("id", id.toString()));
    });
    ObjectNode candidate = relationships.putObject("candidate");
    thread.candidateId().ifPresentOrElse(
        id -> candidate.putObject("data").put("type", "candidates").put("id", id.toString()),
        () -> candidate.putNull("data"));
    return new ResourceObject(TYPE, thread.id().toString(), attributes, Optional.of(relationships), location(thread));
  }

  private static String messagesLink(MessageThread thread) {
    return MessageView.PATH + "?filter[messageThreadId]=" + thread.id();
  }
}
