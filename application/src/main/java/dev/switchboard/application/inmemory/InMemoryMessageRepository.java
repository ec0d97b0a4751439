package dev.switchboard.application.inmemory;

import dev.switchboard.application.port.out.DuplicateKeyException;
import dev.switchboard.application.port.out.MessageRepository;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.MessageFields;
import dev.switchboard.application.query.Page;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.MessageId;
import dev.switchboard.domain.message.Origin;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.thread.ThreadId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Messages in a map. An inbound message's provider id is unique per organization, as in the database. */
public final class InMemoryMessageRepository implements MessageRepository {

  private final Map<UUID, Message> messages = new ConcurrentHashMap<>();
  private final InMemoryTransactions transactions;

  public InMemoryMessageRepository(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Optional<Message> findById(OrganizationId organization, MessageId id) {
    return Optional.ofNullable(messages.get(id.value()))
        .filter(message -> message.organizationId().equals(organization));
  }

  @Override
  public Optional<Message> findByIdForUpdate(OrganizationId organization, MessageId id) {
    return findById(organization, id);
  }

  @Override
  public Optional<Message> findByProviderMessageIdForUpdate(OrganizationId organization, String providerMessageId) {
    return messages.values().stream()
        .filter(message -> message.organizationId().equals(organization)
            && message.providerMessageId().equals(Optional.of(providerMessageId)))
        .findFirst();
  }

  @Override
  public void insert(Message message) {
    transactions.write(() -> {
      if (messages.containsKey(message.id().value())) {
        throw new DuplicateKeyException("message " + message.id() + " exists");
      }
      if (message.origin() == Origin.INBOUND && message.providerMessageId().isPresent()
          && findByProviderMessageIdForUpdate(message.organizationId(), message.providerMessageId().get()).isPresent()) {
        throw new DuplicateKeyException("provider message " + message.providerMessageId().get() + " exists");
      }
      messages.put(message.id().value(), message);
    }, () -> messages.remove(message.id().value()));
  }

  @Override
  public void update(Message message) {
    Message previous = messages.get(message.id().value());
    if (previous == null || !previous.organizationId().equals(message.organizationId())) {
      return;
    }
    transactions.write(
        () -> messages.put(message.id().value(), message), () -> messages.put(previous.id().value(), previous));
  }

  @Override
  public void delete(OrganizationId organization, MessageId id) {
    findById(organization, id).ifPresent(previous -> transactions.write(
        () -> messages.remove(id.value()), () -> messages.put(id.value(), previous)));
  }

  void deleteByThread(OrganizationId organization, ThreadId thread) {
    List<Message> ofThread = messages.values().stream()
        .filter(message -> message.organizationId().equals(organization) && message.threadId().equals(thread))
        .toList();
    ofThread.forEach(message -> delete(organization, message.id()));
  }

  @Override
  public Page<Message> list(OrganizationId organization, ListQuery<Message> query) {
    return InMemoryListing.page(
        messages.values().stream().filter(message -> message.organizationId().equals(organization)).toList(),
        query,
        MessageFields.ID);
  }
}
