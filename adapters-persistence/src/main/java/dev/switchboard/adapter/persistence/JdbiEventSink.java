package dev.switchboard.adapter.persistence;

import dev.switchboard.application.port.out.ChangeEvent;
import dev.switchboard.application.port.out.EventSink;
import dev.switchboard.application.port.out.IdSource;
import dev.switchboard.domain.webhook.ResourceRef;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The transactional outbox: each event is a row of {@code events}, inserted through the caller's transaction handle,
 * so it commits or rolls back with the change it describes. {@code seq} gives the order readers follow.
 */
final class JdbiEventSink implements EventSink {

  static final String COLUMNS =
      "id, organization_id, kind, resource_type, resource_id, changed_fields, payload, occurred_at";

  private final JdbiTransactions transactions;
  private final IdSource ids;

  JdbiEventSink(JdbiTransactions transactions, IdSource ids) {
    this.transactions = transactions;
    this.ids = ids;
  }

  @Override
  public void record(ChangeEvent event) {
    transactions.withHandle(handle -> {
      recordAll(handle, List.of(rowOf(event)));
      return null;
    });
  }

  /** The row that records {@code event}, with a new id. */
  Row rowOf(ChangeEvent event) {
    return Row.of(ids.nextId(), event);
  }

  /** The events as one batched statement on {@code handle}, in list order. */
  void recordAll(Handle handle, List<Row> events) {
    PreparedBatch rows = handle.prepareBatch("INSERT INTO events (" + COLUMNS + ")"
        + " VALUES (:id, :org, :kind, :type, :resourceId, :fields, :payload, :occurredAt)");
    for (Row row : events) {
      rows.bind("id", row.id())
          .bind("org", row.organizationId())
          .bind("kind", row.kind())
          .bind("type", row.resourceType())
          .bind("resourceId", row.resourceId())
          .bind("fields", row.changedFields())
          .bind("payload", row.payload())
          .bind("occurredAt", row.occurredAt())
          .add();
    }
    rows.execute();
  }

  /** An event as the values of its row, in the order of {@link #COLUMNS}. */
  record Row(
      UUID id,
      UUID organizationId,
      String kind,
      String resourceType,
      UUID resourceId,
      String changedFields,
      String payload,
      Instant occurredAt) {

    static Row of(UUID id, ChangeEvent event) {
      ResourceRef resource = event.resource().ref();
      return new Row(
          id,
          event.organizationId().value(),
          event.kind().name().toLowerCase(Locale.ROOT),
          resource.type().wireName(),
          resource.id(),
          Json.strings(event.changedFields()),
          Json.snapshot(event.resource()),
          event.occurredAt());
    }
  }
}
