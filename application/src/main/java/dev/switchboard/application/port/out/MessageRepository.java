package dev.switchboard.application.port.out;

import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.Page;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.MessageId;
import dev.switchboard.domain.organization.OrganizationId;
import java.util.Optional;

/** Stores messages. Every call is scoped to one organization. */
public interface MessageRepository {

  Optional<Message> findById(OrganizationId organization, MessageId id);

  /** Like {@link #findById} but holds the row until the transaction ends (two status callbacks at once). */
  Optional<Message> findByIdForUpdate(OrganizationId organization, MessageId id);

  /** The message a provider knows under {@code providerMessageId}, locked like {@link #findByIdForUpdate}. */
  Optional<Message> findByProviderMessageIdForUpdate(OrganizationId organization, String providerMessageId);

  /** @throws DuplicateKeyException when the id, or an inbound message's provider id, is already stored */
  void insert(Message message);

  void update(Message message);

  void delete(OrganizationId organization, MessageId id);

  Page<Message> list(OrganizationId organization, ListQuery<Message> query);
}
