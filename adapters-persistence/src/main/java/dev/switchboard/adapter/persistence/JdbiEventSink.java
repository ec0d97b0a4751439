package dev.switchboard.adapter.persistence;

import dev.switchboard.application.port.out.ChangeEvent;
import dev.switchboard.application.port.out.EventSink;
import dev.switchboard.application.port.out.IdSource;
import dev.switchboard.domain.webhook.ResourceRef;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The transactional outbox: each event is a row of {@code events}, inserted through the caller's transaction handle,
 * so it commits or rolls back with the change it describes. {@code seq} gives the order readers follow.
 */
final class JdbiEventSink implements EventSink {

  private final JdbiTransactions transactions;
  private final IdSource ids;

  JdbiEventSink(JdbiTransactions transactions, IdSource ids) {
    this.transactions = transactions;
    this.ids = ids;
  }

  @Override
  public void record(ChangeEvent event) {
    transactions.withHandle(handle -> {
      recordAll(handle, List.of(event));
      return null;
    });
  }

  /** The events as one batched statement on {@code handle}, in list order. */
  void recordAll(Handle handle, List<ChangeEvent> events) {
    PreparedBatch rows = handle.prepareBatch("INSERT INTO events (id, organization_id, kind, resource_type, resource_id,"
        + " changed_fields, payload, occurred_at)"
        + " VALUES (:id, :org, :kind, :type, :resourceId, :fields, :payload, :occurredAt)");
    for (ChangeEvent event : events) {
      ResourceRef resource = event.resource().ref();
      rows.bind("id", ids.nextId())
          .bind("org", event.organizationId().value())
          .bind("kind", event.kind().name().toLowerCase(Locale.ROOT))
          .bind("type", resource.type().wireName())
          .bind("resourceId", resource.id())
          .bind("fields", Json.strings(event.changedFields()))
          .bind("payload", Json.snapshot(event.resource()))
          .bind("occurredAt", event.occurredAt())
          .add();
    }
    rows.execute();
  }
}
