package dev.switchboard.adapter.persistence;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
    ObjectNode messageColumns = Json.object()
        .put("id", message.id().toString())
        .put("organization_id", message.organizationId().toString())
        .put("thread_id", message.threadId().toString())
        .put("channel", message.channel())
        .put("origin", message.origin())
        .put("send_by", message.sendBy())
        .put("payload_type", message.payloadType())
        .put("payload", message.payload())
        .put("email_headers", message.emailHeaders())
        .put("delivery_status", message.status())
        .put("error_messages", message.errors())
        .put("provider_message_id", message.providerId())
        .put("created_at", Columns.timestampText(message.createdAt()))
        .put("updated_at", Columns.timestampText(message.updatedAt()))
        .put("inbound_provider_message_id", message.inboundProviderId());
    ObjectNode eventColumns = Json.object()
        .put("id", event.id().toString())
        .put("organization_id", event.organizationId().toString())
        .put("kind", event.kind())
        .put("resource_type", event.resourceType())
        .put("resource_id", event.resourceId().toString())
        .put("changed_fields", event.changedFields())
        .put("payload", event.payload())
        .put("occurred_at", Columns.timestampText(event.occurredAt()));
    return new Rows(Json.write(messageColumns), Json.write(eventColumns));
  }

  @Override
  public void write(List<Rows> batch) {
    transactions.withHandle(handle -> handle.createUpdate(STATEMENT)
        .bind("messages", array(batch.stream().map(Rows::message).toList()))
        .bind("events", array(batch.stream().map(Rows::event).toList()))
        .execute());
  }

  private static String array(List<String> objects) {
    return "[" + String.join(",", objects) + "]";
  }
}
