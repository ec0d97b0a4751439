package dev.switchboard.adapter.persistence;

import dev.switchboard.application.port.out.MessageRepository;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.MessageFields;
import dev.switchboard.application.query.Page;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.message.DeliveryStatus;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.MessageId;
import dev.switchboard.domain.message.Origin;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.thread.ThreadId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Messages in {@code messages}; every status a message takes is also written to {@code message_status_history}. An
 * inbound message's provider id is unique per organization ({@code inbound_provider_message_id}, set for inbound rows
 * only, because outbound ids come from several providers and are not ours to police).
 */
final class JdbiMessageRepository implements MessageRepository {

  static final String COLUMNS = "id, organization_id, thread_id, channel, origin, send_by, payload_type, payload,"
      + " email_headers, delivery_status, error_messages, provider_message_id, created_at, updated_at";

  private final JdbiTransactions transactions;
  private final SqlListing<Message> listing;

  JdbiMessageRepository(JdbiTransactions transactions) {
    this.transactions = transactions;
    this.listing = new SqlListing<>(
        "messages",
        COLUMNS,
        MessageFields.ID,
        MessageFields.ALL,
        Map.of(
            "id", "id",
            "messageThreadId", "thread_id",
            "channel", "channel",
            "origin", "origin",
            "sendBy", "send_by",
            "payloadType", "payload_type",
            "deliveryStatus", "delivery_status",
            "providerMessageId", "provider_message_id",
            "createdAt", "created_at",
            "updatedAt", "updated_at"),
        JdbiMessageRepository::map);
  }

  @Override
  public Optional<Message> findById(OrganizationId organization, MessageId id) {
    return find(organization, id, "");
  }

  @Override
  public Optional<Message> findByIdForUpdate(OrganizationId organization, MessageId id) {
    return find(organization, id, " FOR UPDATE");
  }

  private Optional<Message> find(OrganizationId organization, MessageId id, String lock) {
    return transactions.withHandle(handle -> handle
        .createQuery("SELECT " + COLUMNS + " FROM messages WHERE organization_id = :org AND id = :id" + lock)
        .bind("org", organization.value())
        .bind("id", id.value())
        .map(JdbiMessageRepository::map)
        .findOne());
  }

  @Override
  public Optional<Message> findByProviderMessageIdForUpdate(OrganizationId organization, String providerMessageId) {
    return transactions.withHandle(handle -> handle
        .createQuery("SELECT " + COLUMNS + " FROM messages WHERE organization_id = :org"
            + " AND provider_message_id = :providerId ORDER BY id LIMIT 1 FOR UPDATE")
        .bind("org", organization.value())
        .bind("providerId", providerMessageId)
        .map(JdbiMessageRepository::map)
        .findFirst());
  }

  @Override
  public void insert(Message message) {
    transactions.atomically(handle -> {
      insertAll(handle, List.of(Row.of(message)));
      return null;
    });
  }

  /** New messages with their first status in the history, as two batched statements on {@code handle}. */
  void insertAll(Handle handle, List<Row> messages) {
    PreparedBatch rows = handle.prepareBatch("INSERT INTO messages (" + COLUMNS + ", inbound_provider_message_id)"
        + " VALUES (:id, :org, :threadId, :channel, :origin, :sendBy, :payloadType, :payload, :emailHeaders, :status,"
        + " :errors, :providerId, :createdAt, :updatedAt, :inboundProviderId)");
    PreparedBatch history = handle.prepareBatch("INSERT INTO message_status_history"
        + " (organization_id, message_id, delivery_status, changed_at) VALUES (:org, :id, :status, :at)");
    for (Row message : messages) {
      bind(rows, message).add();
      history
          .bind("org", message.organizationId())
          .bind("id", message.id())
          .bind("status", message.status())
          .bind("at", message.updatedAt())
          .add();
    }
    rows.execute();
    history.execute();
  }

  @Override
  public void update(Message message) {
    transactions.atomically(handle -> {
      // The history row first, while the stored status can still be compared with the new one.
      handle.createUpdate("INSERT INTO message_status_history (organization_id, message_id, delivery_status, changed_at)"
              + " SELECT organization_id, id, :status, :at FROM messages"
              + " WHERE organization_id = :org AND id = :id AND delivery_status <> :status")
          .bind("org", message.organizationId().value())
          .bind("id", message.id().value())
          .bind("status", message.deliveryStatus().wireName())
          .bind("at", message.updatedAt())
          .execute();
      return bind(handle.createUpdate("UPDATE messages SET send_by = :sendBy, payload_type = :payloadType,"
              + " payload = :payload, email_headers = :emailHeaders, delivery_status = :status, error_messages = :errors,"
              + " provider_message_id = :providerId, inbound_provider_message_id = :inboundProviderId,"
              + " updated_at = :updatedAt WHERE organization_id = :org AND id = :id"),
          message).execute();
    });
  }

  /**
   * The message, then its history and job (no cascade reaches them). The message goes first: its DELETE waits for a
   * status update holding the row, so the history row that update wrote is visible to the next statement.
   */
  @Override
  public void delete(OrganizationId organization, MessageId id) {
    transactions.atomically(handle -> {
      for (String table : List.of("messages", "message_status_history", "delivery_jobs")) {
        String column = table.equals("messages") ? "id" : "message_id";
        handle.createUpdate("DELETE FROM " + table + " WHERE organization_id = :org AND " + column + " = :id")
            .bind("org", organization.value())
            .bind("id", id.value())
            .execute();
      }
      return null;
    });
  }

  @Override
  public Page<Message> list(OrganizationId organization, ListQuery<Message> query) {
    return transactions.withHandle(handle -> listing.page(handle, organization, query));
  }

  private static <S extends SqlStatement<S>> S bind(S statement, Message message) {
    return bind(statement, Row.of(message));
  }

  private static <S extends SqlStatement<S>> S bind(S statement, Row row) {
    return statement
        .bind("id", row.id())
        .bind("org", row.organizationId())
        .bind("threadId", row.threadId())
        .bind("channel", row.channel())
        .bind("origin", row.origin())
        .bind("sendBy", row.sendBy())
        .bind("payloadType", row.payloadType())
        .bind("payload", row.payload())
        .bindByType("emailHeaders", row.emailHeaders(), String.class)
        .bind("status", row.status())
        .bind("errors", row.errors())
        .bindByType("providerId", row.providerId(), String.class)
        .bindByType("inboundProviderId", row.inboundProviderId(), String.class)
        .bind("createdAt", row.createdAt())
        .bind("updatedAt", row.updatedAt());
  }

  /** A message as the values of its row, in the order of {@link #COLUMNS} and then the inbound provider id. */
  record Row(
      UUID id,
      UUID organizationId,
      UUID threadId,
      String channel,
      String origin,
      String sendBy,
      String payloadType,
      String payload,
      String emailHeaders,
      String status,
      String errors,
      String providerId,
      Instant createdAt,
      Instant updatedAt,
      String inboundProviderId) {

    static Row of(Message message) {
      String providerId = message.providerMessageId().orElse(null);
      return new Row(
          message.id().value(),
          message.organizationId().value(),
          message.threadId().value(),
          message.channel().wireName(),
          message.origin().wireName(),
          message.sendBy(),
          message.payload().type(),
          Json.payload(message.payload()),
          Json.headers(message.emailHeaders()),
          message.deliveryStatus().wireName(),
          Json.strings(message.errorMessages()),
          providerId,
          message.createdAt(),
          message.updatedAt(),
          message.origin() == Origin.INBOUND ? providerId : null);
    }
  }

  static Message map(ResultSet rs, StatementContext context) throws SQLException {
    return Message.rehydrate(
        new MessageId(Columns.uuid(rs, "id")),
        new OrganizationId(Columns.uuid(rs, "organization_id")),
        new ThreadId(Columns.uuid(rs, "thread_id")),
        Channel.fromWireName(rs.getString("channel")).orElseThrow(() -> new IllegalStateException("unknown channel")),
        Origin.valueOf(rs.getString("origin").toUpperCase(Locale.ROOT)),
        rs.getString("send_by"),
        Json.payload(rs.getString("payload")),
        Json.headers(rs.getString("email_headers")),
        DeliveryStatus.fromWireName(rs.getString("delivery_status"))
            .orElseThrow(() -> new IllegalStateException("unknown delivery status")),
        Json.strings(rs.getString("error_messages")),
        Optional.ofNullable(rs.getString("provider_message_id")),
        Columns.instant(rs, "created_at"),
        Columns.instant(rs, "updated_at"));
  }
}
