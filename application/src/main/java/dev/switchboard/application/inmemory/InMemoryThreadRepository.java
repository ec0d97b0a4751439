package dev.switchboard.application.inmemory;

import dev.switchboard.application.port.out.DuplicateKeyException;
import dev.switchboard.application.port.out.MessageThreadRepository;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.Page;
import dev.switchboard.application.query.ThreadFields;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.channel.Identifier;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.thread.MessageThread;
import dev.switchboard.domain.thread.ThreadId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Threads in a map. Deleting a thread deletes its messages, as the database's foreign key does. */
public final class InMemoryThreadRepository implements MessageThreadRepository {

  private final Map<UUID, MessageThread> threads = new ConcurrentHashMap<>();
  private final InMemoryTransactions transactions;
  private final InMemoryMessageRepository messages;

  public InMemoryThreadRepository(InMemoryTransactions transactions, InMemoryMessageRepository messages) {
    this.transactions = transactions;
    this.messages = messages;
  }

  @Override
  public Optional<MessageThread> findById(OrganizationId organization, ThreadId id) {
    return Optional.ofNullable(threads.get(id.value())).filter(thread -> thread.organizationId().equals(organization));
  }

  @Override
  public Optional<MessageThread> findByIdForUpdate(OrganizationId organization, ThreadId id) {
    return findById(organization, id);
  }

  @Override
  public Optional<MessageThread> findByIdentifier(OrganizationId organization, Channel channel, Identifier identifier) {
    return threads.values().stream()
        .filter(thread -> thread.organizationId().equals(organization)
            && thread.channel() == channel
            && thread.identifier().equals(identifier))
        .findFirst();
  }

  @Override
  public void insert(MessageThread thread) {
    transactions.write(() -> {
      if (threads.containsKey(thread.id().value())) {
        throw new DuplicateKeyException("thread " + thread.id() + " exists");
      }
      requireIdentifierFree(thread);
      threads.put(thread.id().value(), thread);
    }, () -> threads.remove(thread.id().value()));
  }

  @Override
  public void update(MessageThread thread) {
    MessageThread previous = threads.get(thread.id().value());
    if (previous == null || !previous.organizationId().equals(thread.organizationId())) {
      return;
    }
    transactions.write(() -> {
      requireIdentifierFree(thread);
      threads.put(thread.id().value(), thread);
    }, () -> threads.put(previous.id().value(), previous));
  }

  @Override
  public void delete(OrganizationId organization, ThreadId id) {
    findById(organization, id).ifPresent(previous -> transactions.write(() -> {
      messages.deleteByThread(organization, id);
      threads.remove(id.value());
    }, () -> threads.put(id.value(), previous)));
  }

  @Override
  public Page<MessageThread> list(OrganizationId organization, ListQuery<MessageThread> query) {
    return InMemoryListing.page(
        threads.values().stream().filter(thread -> thread.organizationId().equals(organization)).toList(),
        query,
        ThreadFields.ID);
  }

  private void requireIdentifierFree(MessageThread thread) {
    findByIdentifier(thread.organizationId(), thread.channel(), thread.identifier())
        .filter(holder -> !holder.id().equals(thread.id()))
        .ifPresent(holder -> {
          throw new DuplicateKeyException(
              "thread " + holder.id() + " already holds " + thread.channel().wireName() + " " + thread.identifier().value());
        });
  }
}
