package dev.switchboard.application.service;

import dev.switchboard.application.port.out.ChangeEvent;
import dev.switchboard.application.port.out.ChangeEvent.Kind;
import dev.switchboard.application.port.out.ChangeEvent.Resource;
import dev.switchboard.application.port.out.EventSink;
import dev.switchboard.domain.connection.RegisteredChannel;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.template.MessageTemplate;
import dev.switchboard.domain.thread.MessageThread;
import java.time.Instant;
import java.util.List;

/**
 * Records change events in the caller's transaction; an update that changed nothing raises no event. Each kind of
 * resource only says how it becomes a {@link Resource} and whose it is; {@link #record} does the rest.
 */
final class Events {

  private final EventSink sink;

  Events(EventSink sink) {
    this.sink = sink;
  }

  void created(MessageThread thread, Instant at) {
    record(Kind.CREATE, thread.organizationId(), new Resource.ThreadState(thread), List.of(), at);
  }

  void updated(MessageThread before, MessageThread after, Instant at) {
    record(Kind.UPDATE, after.organizationId(), new Resource.ThreadState(after), ChangedFields.of(before, after), at);
  }

  void deleted(MessageThread thread, Instant at) {
    record(Kind.DELETE, thread.organizationId(), new Resource.ThreadState(thread), List.of(), at);
  }

  void created(Message message, Instant at) {
    sink.record(creation(message, at));
  }

  /** The event of a message's creation, for a writer that records it itself. */
  static ChangeEvent creation(Message message, Instant at) {
    return new ChangeEvent(message.organizationId(), Kind.CREATE, new Resource.MessageState(message), List.of(), at);
  }

  void updated(Message before, Message after, Instant at) {
    record(Kind.UPDATE, after.organizationId(), new Resource.MessageState(after), ChangedFields.of(before, after), at);
  }

  void deleted(Message message, Instant at) {
    record(Kind.DELETE, message.organizationId(), new Resource.MessageState(message), List.of(), at);
  }

  void created(MessageTemplate template, Instant at) {
    record(Kind.CREATE, template.organizationId(), new Resource.TemplateState(template), List.of(), at);
  }

  void deleted(MessageTemplate template, Instant at) {
    record(Kind.DELETE, template.organizationId(), new Resource.TemplateState(template), List.of(), at);
  }

  /** The event carries the channel without its credential values ({@link Resource.ChannelState}). */
  void created(RegisteredChannel channel, Instant at) {
    record(Kind.CREATE, organizationOf(channel), new Resource.ChannelState(channel), List.of(), at);
  }

  /** Compares the credential values too, but names only {@code credentials} when one changed. */
  void updated(RegisteredChannel before, RegisteredChannel after, Instant at) {
    record(Kind.UPDATE, organizationOf(after), new Resource.ChannelState(after), ChangedFields.of(before, after), at);
  }

  void deleted(RegisteredChannel channel, Instant at) {
    record(Kind.DELETE, organizationOf(channel), new Resource.ChannelState(channel), List.of(), at);
  }

  private static OrganizationId organizationOf(RegisteredChannel channel) {
    return channel.connection().organizationId();
  }

  /** An update without changed fields changed nothing a subscriber can see: it is not recorded. */
  private void record(Kind kind, OrganizationId organization, Resource resource, List<String> fields, Instant at) {
    if (kind == Kind.UPDATE && fields.isEmpty()) {
      return;
    }
    sink.record(new ChangeEvent(organization, kind, resource, fields, at));
  }
}
