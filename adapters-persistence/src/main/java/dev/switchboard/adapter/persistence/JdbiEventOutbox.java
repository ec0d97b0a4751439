package dev.switchboard.adapter.persistence;

import dev.switchboard.application.port.out.ChangeEvent;
import dev.switchboard.application.port.out.ChangeEventOutbox;
import dev.switchboard.domain.organization.OrganizationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Reads the {@code events} outbox that {@link JdbiEventSink} writes. A claim selects the oldest unprocessed rows
 * {@code FOR UPDATE SKIP LOCKED}, so readers on several nodes each take other events and never wait for each
 * other; the rows stay locked until the caller's transaction marks them processed and commits.
 *
 * <p>Like the delivery claim, this is not scoped by organization: the workers serve every organization, and each
 * event carries its own.
 */
final class JdbiEventOutbox implements ChangeEventOutbox {

  private static final String CLAIM = "SELECT seq, organization_id, kind, resource_type, changed_fields, payload,"
      + " occurred_at FROM events WHERE processed = FALSE ORDER BY seq LIMIT :max FOR UPDATE SKIP LOCKED";

  private final JdbiTransactions transactions;

  JdbiEventOutbox(JdbiTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public List<RecordedEvent> claimUnprocessed(int max) {
    if (max < 1) {
      return List.of();
    }
    return transactions.withHandle(handle -> handle.createQuery(CLAIM)
        .bind("max", max)
        .map((rs, context) -> new RecordedEvent(rs.getLong("seq"), event(rs, "resource_type")))
        .list());
  }

  @Override
  public void markProcessed(List<RecordedEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    transactions.withHandle(handle -> handle
        .createUpdate("UPDATE events SET processed = TRUE WHERE seq IN (<seqs>)")
        .bindList("seqs", events.stream().map(RecordedEvent::sequence).toList())
        .execute());
  }

  /**
   * An events row as the event it records. Shared with the delivery claim, which joins events and reads the same
   * columns, except that the resource type comes under another name there.
   */
  static ChangeEvent event(ResultSet rs, String resourceTypeColumn) throws SQLException {
    OrganizationId organization = new OrganizationId(Columns.uuid(rs, "organization_id"));
    return new ChangeEvent(
        organization,
        ChangeEvent.Kind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
        Json.resource(rs.getString(resourceTypeColumn), organization, rs.getString("payload")),
        Json.strings(rs.getString("changed_fields")),
        Columns.instant(rs, "occurred_at"));
  }
}
