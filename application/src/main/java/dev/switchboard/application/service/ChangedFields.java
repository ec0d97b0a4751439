package dev.switchboard.application.service;

import dev.switchboard.domain.connection.RegisteredChannel;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.thread.MessageThread;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Which public attributes differ between two states of a resource; webhooks filter updates on these names. */
final class ChangedFields {

  private ChangedFields() {}

  static List<String> of(MessageThread before, MessageThread after) {
    List<String> changed = new ArrayList<>();
    compare(before, after, "identifier", MessageThread::identifier, changed);
    compare(before, after, "chatbotPaused", MessageThread::chatbotPaused, changed);
    compare(before, after, "candidateId", MessageThread::candidateId, changed);
    compare(before, after, "serviceWindowExpiresAt", MessageThread::serviceWindowExpiresAt, changed);
    return changed;
  }

  static List<String> of(Message before, Message after) {
    List<String> changed = new ArrayList<>();
    compare(before, after, "sendBy", Message::sendBy, changed);
    compare(before, after, "payload", Message::payload, changed);
    compare(before, after, "deliveryStatus", Message::deliveryStatus, changed);
    compare(before, after, "errorMessages", Message::errorMessages, changed);
    return changed;
  }

  /**
   * A channel's writable attributes. {@code credentials} is listed when any credential was added, removed or given
   * another value; the event names the attribute, never a value.
   */
  static List<String> of(RegisteredChannel before, RegisteredChannel after) {
    List<String> changed = new ArrayList<>();
    compare(before, after, "settings", channel -> channel.connection().settings(), changed);
    compare(before, after, "credentials", channel -> channel.connection().credentials(), changed);
    compare(before, after, "apiBaseUrl", channel -> channel.connection().apiBaseUrl(), changed);
    compare(before, after, "isDefault", RegisteredChannel::isDefault, changed);
    return changed;
  }

  private static <T> void compare(T before, T after, String name, Function<T, Object> attribute, List<String> out) {
    if (!Objects.equals(attribute.apply(before), attribute.apply(after))) {
      out.add(name);
    }
  }
}
