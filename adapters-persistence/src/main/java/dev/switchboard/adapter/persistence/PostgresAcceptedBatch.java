package dev.switchboard.adapter.persistence;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/**
 * A batch of accepted messages written on PostgreSQL as one statement: its parts insert the messages, their status
 * history, their delivery jobs and their events, and take the enqueue's lock on the threads' rows of
 * {@code delivery_heads} (see {@link JdbiDeliveryQueue}). A statement is atomic by itself, so outside a caller's
 * transaction it runs in auto-commit and a batch costs one round trip, commit included. The rows travel as two JSON
 * arrays of objects keyed by column name, each object rendered on its caller's thread, so the writer only joins them.
 * Each table's rows go in in batch order, so jobs and events get their {@code seq} in the order the messages came.
 *
 * <p>The threads' rows: those in the statement's snapshot are locked {@code FOR KEY SHARE}, as every enqueue does. The
 * others are inserted; a row another transaction inserted meanwhile is a conflict, which the statement waits for and
 * then locks ({@code DO UPDATE ... WHERE FALSE} locks the row without changing it; a row deleted meanwhile is inserted
 * after all). So the statement holds every thread's row until it commits, with no second round of locking.
 */
final class PostgresAcceptedBatch implements JdbiAcceptedMessageWriter.BatchStatements<PostgresAcceptedBatch.Rows> {

  /** A message and its event as JSON objects keyed by column name. */
  record Rows(String message, String event) {}

  private static final String MESSAGE_COLUMNS = JdbiMessageRepository.COLUMNS + ", inbound_provider_message_id";

  private static final String STATEMENT = "WITH accepted AS (SELECT * FROM json_populate_recordset("
      + "CAST(NULL AS messages), CAST(:messages AS json)) WITH ORDINALITY),"
      + " locked AS (SELECT thread_id FROM delivery_heads WHERE thread_id IN (SELECT thread_id FROM accepted)"
      + " ORDER BY thread_id FOR KEY SHARE OF delivery_heads),"
      + " created AS (INSERT INTO delivery_heads (thread_id, organization_id, claimable_at)"
      + " SELECT DISTINCT ON (thread_id) thread_id, organization_id, created_at FROM accepted"
      + " WHERE thread_id NOT IN (SELECT thread_id FROM locked) ORDER BY thread_id, ordinality"
      + " ON CONFLICT (thread_id) DO UPDATE SET claimable_at = delivery_heads.claimable_at WHERE FALSE),"
      + " stored AS (INSERT INTO messages (" + MESSAGE_COLUMNS + ") SELECT " + MESSAGE_COLUMNS
      + " FROM accepted ORDER BY ordinality),"
      + " history AS (INSERT INTO message_status_history (organization_id, message_id, delivery_status, changed_at)"
      + " SELECT organization_id, id, delivery_status, updated_at FROM accepted ORDER BY ordinality),"
      + " jobs AS (INSERT INTO delivery_jobs (message_id, organization_id, due_at, attempts, thread_id)"
      + " SELECT id, organization_id, created_at, 0, thread_id FROM accepted ORDER BY ordinality)"
      + " INSERT INTO events (" + JdbiEventSink.COLUMNS + ") SELECT " + JdbiEventSink.COLUMNS
      + " FROM json_populate_recordset(CAST(NULL AS events), CAST(:events AS json)) WITH ORDINALITY"
      + " ORDER BY ordinality";

  private final JdbiTransactions transactions;

  PostgresAcceptedBatch(JdbiTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Rows prepare(JdbiMessageRepository.Row message, JdbiEventSink.Row event) {
    String messageColumns = Json.object(row -> {
      row.writeStringField("id", message.id().toString());
      row.writeStringField("organization_id", message.organizationId().toString());
      row.writeStringField("thread_id", message.threadId().toString());
      row.writeStringField("channel", message.channel());
      row.writeStringField("origin", message.origin());
      row.writeStringField("send_by", message.sendBy());
      row.writeStringField("payload_type", message.payloadType());
      embed(row, "payload", message.payload());
      embed(row, "email_headers", message.emailHeaders());
      row.writeStringField("delivery_status", message.status());
      embed(row, "error_messages", message.errors());
      row.writeStringField("provider_message_id", message.providerId());
      row.writeStringField("created_at", Columns.timestampText(message.createdAt()));
      row.writeStringField("updated_at", Columns.timestampText(message.updatedAt()));
      row.writeStringField("inbound_provider_message_id", message.inboundProviderId());
    });
    String eventColumns = Json.object(row -> {
      row.writeStringField("id", event.id().toString());
      row.writeStringField("organization_id", event.organizationId().toString());
      row.writeStringField("kind", event.kind());
      row.writeStringField("resource_type", event.resourceType());
      row.writeStringField("resource_id", event.resourceId().toString());
      embed(row, "changed_fields", event.changedFields());
      embed(row, "payload", event.payload());
      row.writeStringField("occurred_at", Columns.timestampText(event.occurredAt()));
    });
    return new Rows(messageColumns, eventColumns);
  }

  @Override
  public void write(List<Rows> batch) {
    transactions.withHandle(handle -> handle.createUpdate(STATEMENT)
        .bind("messages", array(batch.stream().map(Rows::message).toList()))
        .bind("events", array(batch.stream().map(Rows::event).toList()))
        .execute());
  }

  /**
   * A column that holds JSON goes in as that JSON, not as a string of it: nothing to escape here or to unescape in
   * PostgreSQL, which hands a nested value of a {@code json} document to a text column as its text, unchanged.
   */
  private static void embed(JsonGenerator row, String column, String json) throws IOException {
    row.writeFieldName(column);
    if (json == null) {
      row.writeNull();
    } else {
      row.writeRawValue(json);
    }
  }

  private static String array(List<String> objects) {
    return "[" + String.join(",", objects) + "]";
  }
}
