package dev.switchboard.adapter.persistence;

import dev.switchboard.application.port.out.ChangeEvent;
import dev.switchboard.application.port.out.ChangeEventOutbox;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.webhook.ResourceRef;
import dev.switchboard.domain.webhook.WebhookResource;
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

  // Not the payload: matching needs only what changed, and the sender reads the payload when it posts.
  private static final String CLAIM = "SELECT seq, organization_id, kind, resource_type, resource_id, changed_fields"
      + " FROM events WHERE processed = FALSE ORDER BY seq LIMIT :max FOR UPDATE SKIP LOCKED";

  private static final String HOLD = "SELECT seq FROM events WHERE processed = FALSE ORDER BY seq LIMIT :max"
      + " FOR UPDATE SKIP LOCKED";
  /**
   * Of the held rows, those of organizations without webhooks. In two statements because H2 does not skip locked
   * rows in a subquery.
   */
  private static final String DELETE_UNWATCHED = "DELETE FROM events WHERE seq = ANY(:seqs)"
      + " AND NOT EXISTS (SELECT 1 FROM webhooks WHERE webhooks.organization_id = events.organization_id)";

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
        .map((rs, context) -> new RecordedEvent(
            rs.getLong("seq"),
            new OrganizationId(Columns.uuid(rs, "organization_id")),
            kind(rs),
            new ResourceRef(
                WebhookResource.parse(rs.getString("resource_type")).orElseThrow(), Columns.uuid(rs, "resource_id")),
            Json.strings(rs.getString("changed_fields"))))
        .list());
  }

  @Override
  public int discardUnwatched(int max) {
    if (max < 1) {
      return 0;
    }
    return transactions.withHandle(handle -> {
      List<Long> held = handle.createQuery(HOLD).bind("max", max).mapTo(Long.class).list();
      if (held.isEmpty()) {
        return 0;
      }
      return handle.createUpdate(DELETE_UNWATCHED).bindArray("seqs", Long.class, held).execute();
    });
  }

  @Override
  public void markProcessed(List<RecordedEvent> events) {
    updateRows("UPDATE events SET processed = TRUE", events);
  }

  /** Deleting a row is far cheaper than updating it: an update writes a new row version and new index entries. */
  @Override
  public void discard(List<RecordedEvent> events) {
    updateRows("DELETE FROM events", events);
  }

  private void updateRows(String statement, List<RecordedEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    transactions.withHandle(handle -> handle
        .createUpdate(statement + " WHERE seq = ANY(:seqs)")
        .bindArray("seqs", Long.class, events.stream().map(RecordedEvent::sequence).toList())
        .execute());
  }

  private static ChangeEvent.Kind kind(ResultSet rs) throws SQLException {
    return ChangeEvent.Kind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT));
  }

  /**
   * An events row as the event it records, payload included: for the webhook sender's claim, which joins events and
   * names the resource type column its own way.
   */
  static ChangeEvent event(ResultSet rs, String resourceTypeColumn) throws SQLException {
    OrganizationId organization = new OrganizationId(Columns.uuid(rs, "organization_id"));
    return new ChangeEvent(
        organization,
        kind(rs),
        Json.resource(rs.getString(resourceTypeColumn), organization, rs.getString("payload")),
        Json.strings(rs.getString("changed_fields")),
        Columns.instant(rs, "occurred_at"));
  }
}
