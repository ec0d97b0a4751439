package dev.switchboard.application.service;

import dev.switchboard.application.port.out.ChangeEvent;
import dev.switchboard.application.port.out.ChangeEvent.Kind;
import dev.switchboard.application.port.out.ChangeEvent.Resource;
import dev.switchboard.application.port.out.EventSink;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.template.MessageTemplate;
import dev.switchboard.domain.thread.MessageThread;
import java.time.Instant;
import java.util.List;

/** Records change events in the caller's transaction; an update that changed nothing raises no event. */
final class Events {

  private final EventSink sink;

  Events(EventSink sink) {
    this.sink = sink;
  }

  void created(MessageThread thread, Instant at) {
    sink.record(new ChangeEvent(thread.organizationId(), Kind.CREATE, new Resource.ThreadState(thread), List.of(), at));
  }

  void updated(MessageThread before, MessageThread after, Instant at) {
    List<String> fields = ChangedFields.of(before, after);
    if (!fields.isEmpty()) {
      sink.record(new ChangeEvent(after.organizationId(), Kind.UPDATE, new Resource.ThreadState(after), fields, at));
    }
  }

  void deleted(MessageThread thread, Instant at) {
    sink.record(new ChangeEvent(thread.organizationId(), Kind.DELETE, new Resource.ThreadState(thread), List.of(), at));
  }

  void created(Message message, Instant at) {
    sink.record(
        new ChangeEvent(message.organizationId(), Kind.CREATE, new Resource.MessageState(message), List.of(), at));
  }

  void updated(Message before, Message after, Instant at) {
    List<String> fields = ChangedFields.of(before, after);
    if (!fields.isEmpty()) {
      sink.record(new ChangeEvent(after.organizationId(), Kind.UPDATE, new Resource.MessageState(after), fields, at));
    }
  }

  void deleted(Message message, Instant at) {
    sink.record(
        new ChangeEvent(message.organizationId(), Kind.DELETE, new Resource.MessageState(message), List.of(), at));
  }

  void created(MessageTemplate template, Instant at) {
    sink.record(
        new ChangeEvent(template.organizationId(), Kind.CREATE, new Resource.TemplateState(template), List.of(), at));
  }

  void deleted(MessageTemplate template, Instant at) {
    sink.record(
        new ChangeEvent(template.organizationId(), Kind.DELETE, new Resource.TemplateState(template), List.of(), at));
  }
}
