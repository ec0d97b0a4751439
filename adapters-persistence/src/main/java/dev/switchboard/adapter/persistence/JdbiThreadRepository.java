package dev.switchboard.adapter.persistence;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.switchboard.application.port.out.MessageThreadRepository;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.Page;
import dev.switchboard.application.query.ThreadFields;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.channel.EmailAddress;
import dev.switchboard.domain.channel.Identifier;
import dev.switchboard.domain.channel.PhoneNumber;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.thread.CandidateId;
import dev.switchboard.domain.thread.MessageThread;
import dev.switchboard.domain.thread.ThreadId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/**
 * Threads in {@code threads}. Deleting one deletes its messages through the foreign key's cascade.
 *
 * <p>{@link #findRecent} answers from the threads this node read outside a transaction during the last
 * {@link #RECENT_FOR}. A change or deletion through this node drops the thread's copy once it commits; one made on
 * another node can leave an older copy here, which the port allows: such a copy never allows a send the row would
 * refuse, and a message to a deleted thread fails on the messages' foreign key.
 */
final class JdbiThreadRepository implements MessageThreadRepository {

  static final Duration RECENT_FOR = Duration.ofSeconds(60);
  /** Far more threads than are written to within a minute on one node; each copy is a few hundred bytes. */
  static final int MAXIMUM_RECENT = 10_000;

  private static final String COLUMNS =
      "id, organization_id, channel, identifier, chatbot_paused, candidate_id, created_at, updated_at, last_inbound_at";

  private record Key(OrganizationId organization, ThreadId id) {}

  private final JdbiTransactions transactions;
  private final SqlListing<MessageThread> listing;
  private final Cache<Key, MessageThread> recent =
      Caffeine.newBuilder().expireAfterWrite(RECENT_FOR).maximumSize(MAXIMUM_RECENT).build();

  JdbiThreadRepository(JdbiTransactions transactions) {
    this.transactions = transactions;
    this.listing = new SqlListing<>(
        "threads",
        COLUMNS,
        ThreadFields.ID,
        ThreadFields.ALL,
        Map.of(
            "id", "id",
            "channel", "channel",
            "identifier", "identifier",
            "chatbotPaused", "chatbot_paused",
            "candidateId", "candidate_id",
            "createdAt", "created_at",
            "updatedAt", "updated_at"),
        JdbiThreadRepository::map);
  }

  @Override
  public Optional<MessageThread> findById(OrganizationId organization, ThreadId id) {
    Optional<MessageThread> found = find(organization, id, "");
    if (found.isPresent() && !transactions.inTransactionOnThisThread()) {
      recent.put(new Key(organization, id), found.get());
    }
    return found;
  }

  @Override
  public Optional<MessageThread> findRecent(OrganizationId organization, ThreadId id) {
    if (!transactions.inTransactionOnThisThread()) {
      MessageThread remembered = recent.getIfPresent(new Key(organization, id));
      if (remembered != null) {
        return Optional.of(remembered);
      }
    }
    return findById(organization, id);
  }

  @Override
  public Optional<MessageThread> findByIdForUpdate(OrganizationId organization, ThreadId id) {
    return find(organization, id, " FOR UPDATE");
  }

  private Optional<MessageThread> find(OrganizationId organization, ThreadId id, String lock) {
    return transactions.withHandle(handle -> handle
        .createQuery("SELECT " + COLUMNS + " FROM threads WHERE organization_id = :org AND id = :id" + lock)
        .bind("org", organization.value())
        .bind("id", id.value())
        .map(JdbiThreadRepository::map)
        .findOne());
  }

  @Override
  public Optional<MessageThread> findByIdentifier(OrganizationId organization, Channel channel, Identifier identifier) {
    return transactions.withHandle(handle -> handle
        .createQuery("SELECT " + COLUMNS + " FROM threads"
            + " WHERE organization_id = :org AND channel = :channel AND identifier = :identifier")
        .bind("org", organization.value())
        .bind("channel", channel.wireName())
        .bind("identifier", identifier.value())
        .map(JdbiThreadRepository::map)
        .findOne());
  }

  @Override
  public void insert(MessageThread thread) {
    transactions.withHandle(handle -> bind(handle.createUpdate("INSERT INTO threads (" + COLUMNS + ") VALUES"
            + " (:id, :org, :channel, :identifier, :chatbotPaused, :candidateId, :createdAt, :updatedAt, :lastInboundAt)"),
        thread).execute());
  }

  @Override
  public void update(MessageThread thread) {
    transactions.withHandle(handle -> bind(handle.createUpdate("UPDATE threads SET identifier = :identifier,"
            + " chatbot_paused = :chatbotPaused, candidate_id = :candidateId, updated_at = :updatedAt,"
            + " last_inbound_at = :lastInboundAt WHERE organization_id = :org AND id = :id"),
        thread).execute());
    forgetOnCommit(thread.organizationId(), thread.id());
  }

  private void forgetOnCommit(OrganizationId organization, ThreadId id) {
    transactions.afterCommit(() -> recent.invalidate(new Key(organization, id)));
  }

  /**
   * The thread and, by cascade, its messages; their history and jobs by hand. Locking the thread first waits for the
   * accepts still writing into it and keeps new ones out (their foreign-key check needs the row); locking its messages
   * waits for status updates still writing history. Then no history row or job can outlive its message.
   */
  @Override
  public void delete(OrganizationId organization, ThreadId id) {
    transactions.atomically(handle -> {
      for (String locked : List.of("threads WHERE organization_id = :org AND id = :id",
          "messages WHERE organization_id = :org AND thread_id = :id")) {
        handle.createQuery("SELECT id FROM " + locked + " FOR UPDATE")
            .bind("org", organization.value())
            .bind("id", id.value())
            .mapTo(UUID.class)
            .list();
      }
      for (String table : List.of("message_status_history", "delivery_jobs")) {
        handle.createUpdate("DELETE FROM " + table + " WHERE organization_id = :org AND message_id IN"
                + " (SELECT id FROM messages WHERE organization_id = :org AND thread_id = :id)")
            .bind("org", organization.value())
            .bind("id", id.value())
            .execute();
      }
      return handle.createUpdate("DELETE FROM threads WHERE organization_id = :org AND id = :id")
          .bind("org", organization.value())
          .bind("id", id.value())
          .execute();
    });
    forgetOnCommit(organization, id);
  }

  @Override
  public Page<MessageThread> list(OrganizationId organization, ListQuery<MessageThread> query) {
    return transactions.withHandle(handle -> listing.page(handle, organization, query));
  }

  private static Update bind(Update update, MessageThread thread) {
    Optional<UUID> candidate = thread.candidateId().map(CandidateId::value);
    if (candidate.isPresent()) {
      update.bind("candidateId", candidate.get());
    } else {
      // A typed NULL: PostgreSQL refuses an untyped (varchar) NULL for a uuid column.
      update.bindNull("candidateId", Types.OTHER);
    }
    return update
        .bind("id", thread.id().value())
        .bind("org", thread.organizationId().value())
        .bind("channel", thread.channel().wireName())
        .bind("identifier", thread.identifier().value())
        .bind("chatbotPaused", thread.chatbotPaused())
        .bind("createdAt", thread.createdAt())
        .bind("updatedAt", thread.updatedAt())
        .bindByType("lastInboundAt", thread.lastInboundAt().orElse(null), java.time.Instant.class);
  }

  static MessageThread map(ResultSet rs, StatementContext context) throws SQLException {
    Channel channel = Channel.fromWireName(rs.getString("channel"))
        .orElseThrow(() -> new IllegalStateException("unknown channel in threads"));
    String identifier = rs.getString("identifier");
    return MessageThread.rehydrate(
        new ThreadId(Columns.uuid(rs, "id")),
        new OrganizationId(Columns.uuid(rs, "organization_id")),
        channel,
        channel.usesPhoneNumbers() ? new PhoneNumber(identifier) : new EmailAddress(identifier),
        rs.getBoolean("chatbot_paused"),
        Optional.ofNullable(Columns.uuid(rs, "candidate_id")).map(CandidateId::new),
        Columns.instant(rs, "created_at"),
        Columns.instant(rs, "updated_at"),
        Columns.optionalInstant(rs, "last_inbound_at"));
  }
}
