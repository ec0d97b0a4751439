package dev.switchboard.application.port.out;

import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.Page;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.channel.Identifier;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.thread.MessageThread;
import dev.switchboard.domain.thread.ThreadId;
import java.util.Optional;

/** Stores threads; (organization, channel, identifier) is unique. Every call is scoped to one organization. */
public interface MessageThreadRepository {

  Optional<MessageThread> findById(OrganizationId organization, ThreadId id);

  /**
   * Like {@link #findById}, but an adapter may answer with a copy read a short while ago, so that the hot path of
   * sending usually costs no query. Such a copy is good for the checks of a send: a thread's channel never changes
   * and its service window only grows, so what the copy allows the current row allows too. Whatever it refuses must
   * be checked again with {@link #findById}. The thread may have been deleted since: writing a message to it then
   * fails with {@link ThreadDeletedException}. Inside a transaction the adapter reads the row, like {@code findById}.
   */
  default Optional<MessageThread> findRecent(OrganizationId organization, ThreadId id) {
    return findById(organization, id);
  }

  /**
   * Like {@link #findById} but holds the row until the surrounding transaction ends, so two concurrent changes to
   * one thread run one after the other instead of overwriting each other.
   */
  Optional<MessageThread> findByIdForUpdate(OrganizationId organization, ThreadId id);

  Optional<MessageThread> findByIdentifier(OrganizationId organization, Channel channel, Identifier identifier);

  /** @throws DuplicateKeyException when the organization already has a thread for this channel and identifier */
  void insert(MessageThread thread);

  /** @throws DuplicateKeyException when the new identifier is taken by another thread */
  void update(MessageThread thread);

  /** Removes the thread; its messages go with it. */
  void delete(OrganizationId organization, ThreadId id);

  Page<MessageThread> list(OrganizationId organization, ListQuery<MessageThread> query);
}
