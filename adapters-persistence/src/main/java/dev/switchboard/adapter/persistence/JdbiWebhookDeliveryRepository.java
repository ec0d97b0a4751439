package dev.switchboard.adapter.persistence;

import dev.switchboard.application.port.out.WebhookDeliveryRepository;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.Page;
import dev.switchboard.application.query.WebhookLogFields;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.webhook.DeliveryState;
import dev.switchboard.domain.webhook.ResourceRef;
import dev.switchboard.domain.webhook.WebhookDelivery;
import dev.switchboard.domain.webhook.WebhookDeliveryId;
import dev.switchboard.domain.webhook.WebhookEvent;
import dev.switchboard.domain.webhook.WebhookId;
import dev.switchboard.domain.webhook.WebhookResource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Webhook deliveries in {@code webhook_deliveries}. A claim selects the due, unleased, pending rows whose webhook has
 * no earlier pending delivery for the same resource, {@code FOR UPDATE SKIP LOCKED} (so nodes never take the same
 * row or wait for each other), leases them, and reads the events they carry, in one transaction.
 *
 * <p>The ordering check reads committed rows: a delivery in flight on another node is still {@code pending}, so
 * the next one for its resource waits. The claim is the one query not scoped by organization: workers serve every
 * organization, and each delivery carries its own.
 */
final class JdbiWebhookDeliveryRepository implements WebhookDeliveryRepository {

  private static final String COLUMNS = "id, organization_id, webhook_id, event, resource_type, resource_id,"
      + " event_seq, status, attempts, next_attempt_at, redelivery, created_at, updated_at";

  private static final String CLAIM = "SELECT d.id FROM webhook_deliveries d"
      + " WHERE d.status = 'pending' AND d.next_attempt_at <= :now"
      + " AND (d.leased_until IS NULL OR d.leased_until < :now)"
      + " AND NOT EXISTS (SELECT 1 FROM webhook_deliveries earlier WHERE earlier.webhook_id = d.webhook_id"
      + "   AND earlier.resource_id = d.resource_id AND earlier.status = 'pending' AND earlier.event_seq < d.event_seq)"
      + " ORDER BY d.next_attempt_at, d.event_seq LIMIT :max FOR UPDATE SKIP LOCKED";

  private static final String CLAIMED = "SELECT d.id, d.organization_id, d.webhook_id, d.event, d.resource_type,"
      + " d.resource_id, d.event_seq, d.status, d.attempts, d.next_attempt_at, d.redelivery, d.created_at,"
      + " d.updated_at, e.kind, e.resource_type AS event_resource_type, e.changed_fields, e.payload, e.occurred_at"
      + " FROM webhook_deliveries d JOIN events e ON e.seq = d.event_seq WHERE d.id IN (<ids>)";

  private final JdbiTransactions transactions;
  private final SqlListing<WebhookDelivery> listing;

  JdbiWebhookDeliveryRepository(JdbiTransactions transactions) {
    this.transactions = transactions;
    this.listing = new SqlListing<>(
        "webhook_deliveries",
        COLUMNS,
        WebhookLogFields.ID,
        WebhookLogFields.ALL,
        Map.of(
            "id", "id",
            "webhookId", "webhook_id",
            "event", "event",
            "resourceType", "resource_type",
            "resourceId", "resource_id",
            "status", "status",
            "createdAt", "created_at",
            "updatedAt", "updated_at"),
        JdbiWebhookDeliveryRepository::map);
  }

  @Override
  public void insert(WebhookDelivery delivery) {
    transactions.withHandle(handle -> handle
        .createUpdate("INSERT INTO webhook_deliveries (" + COLUMNS + ") VALUES (:id, :org, :webhook, :event,"
            + " :resourceType, :resourceId, :eventSeq, :status, :attempts, :nextAttemptAt, :redelivery, :createdAt,"
            + " :updatedAt)")
        .bind("id", delivery.id().value())
        .bind("org", delivery.organizationId().value())
        .bind("webhook", delivery.webhookId().value())
        .bind("event", delivery.event().wireName())
        .bind("resourceType", delivery.resource().type().wireName())
        .bind("resourceId", delivery.resource().id())
        .bind("eventSeq", delivery.eventSequence())
        .bind("status", delivery.status().wireName())
        .bind("attempts", Json.attempts(delivery.attempts()))
        .bind("nextAttemptAt", delivery.nextAttemptAt().orElse(null))
        .bind("redelivery", delivery.redeliveryRequested())
        .bind("createdAt", delivery.createdAt())
        .bind("updatedAt", delivery.updatedAt())
        .execute());
  }

  @Override
  public List<DueDelivery> claimDue(int max, Instant now, Duration lease) {
    if (max < 1) {
      return List.of();
    }
    return transactions.atomically(handle -> {
      List<UUID> ids = handle.createQuery(CLAIM).bind("now", now).bind("max", max).mapTo(UUID.class).list();
      if (ids.isEmpty()) {
        return List.of();
      }
      handle.createUpdate("UPDATE webhook_deliveries SET leased_until = :until WHERE id IN (<ids>)")
          .bind("until", now.plus(lease))
          .bindList("ids", ids)
          .execute();
      Map<UUID, Integer> claimOrder = new HashMap<>();
      ids.forEach(id -> claimOrder.put(id, claimOrder.size()));
      return handle.createQuery(CLAIMED)
          .bindList("ids", ids)
          .map((rs, context) -> new DueDelivery(map(rs, context), JdbiEventOutbox.event(rs, "event_resource_type")))
          .list()
          .stream()
          .sorted(Comparator.comparing(due -> claimOrder.get(due.delivery().id().value())))
          .toList();
    });
  }

  @Override
  public void update(WebhookDelivery delivery) {
    transactions.withHandle(handle -> handle
        .createUpdate("UPDATE webhook_deliveries SET status = :status, attempts = :attempts,"
            + " next_attempt_at = :nextAttemptAt, redelivery = :redelivery, leased_until = NULL,"
            + " updated_at = :updatedAt WHERE organization_id = :org AND id = :id")
        .bind("status", delivery.status().wireName())
        .bind("attempts", Json.attempts(delivery.attempts()))
        .bind("nextAttemptAt", delivery.nextAttemptAt().orElse(null))
        .bind("redelivery", delivery.redeliveryRequested())
        .bind("updatedAt", delivery.updatedAt())
        .bind("org", delivery.organizationId().value())
        .bind("id", delivery.id().value())
        .execute());
  }

  @Override
  public Optional<WebhookDelivery> findById(OrganizationId organization, WebhookDeliveryId id) {
    return find(organization, id, "");
  }

  @Override
  public Optional<WebhookDelivery> findByIdForUpdate(OrganizationId organization, WebhookDeliveryId id) {
    return find(organization, id, " FOR UPDATE");
  }

  private Optional<WebhookDelivery> find(OrganizationId organization, WebhookDeliveryId id, String lock) {
    return transactions.withHandle(handle -> handle
        .createQuery("SELECT " + COLUMNS + " FROM webhook_deliveries WHERE organization_id = :org AND id = :id" + lock)
        .bind("org", organization.value())
        .bind("id", id.value())
        .map(JdbiWebhookDeliveryRepository::map)
        .findOne());
  }

  @Override
  public Page<WebhookDelivery> list(OrganizationId organization, ListQuery<WebhookDelivery> query) {
    return transactions.withHandle(handle -> listing.page(handle, organization, query));
  }

  static WebhookDelivery map(ResultSet rs, StatementContext context) throws SQLException {
    return new WebhookDelivery(
        new WebhookDeliveryId(Columns.uuid(rs, "id")),
        new OrganizationId(Columns.uuid(rs, "organization_id")),
        new WebhookId(Columns.uuid(rs, "webhook_id")),
        WebhookEvent.parse(rs.getString("event"))
            .orElseThrow(() -> new IllegalStateException("unknown event in webhook_deliveries")),
        new ResourceRef(
            WebhookResource.parse(rs.getString("resource_type"))
                .orElseThrow(() -> new IllegalStateException("unknown resource type in webhook_deliveries")),
            Columns.uuid(rs, "resource_id")),
        rs.getLong("event_seq"),
        DeliveryState.parse(rs.getString("status"))
            .orElseThrow(() -> new IllegalStateException("unknown status in webhook_deliveries")),
        Json.attempts(rs.getString("attempts")),
        Columns.optionalInstant(rs, "next_attempt_at"),
        rs.getBoolean("redelivery"),
        Columns.instant(rs, "created_at"),
        Columns.instant(rs, "updated_at"));
  }
}
