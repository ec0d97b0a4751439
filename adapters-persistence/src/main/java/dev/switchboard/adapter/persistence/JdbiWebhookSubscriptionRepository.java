package dev.switchboard.adapter.persistence;

import dev.switchboard.application.port.out.WebhookSubscriptionRepository;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.Page;
import dev.switchboard.application.query.WebhookFields;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.webhook.WebhookEvent;
import dev.switchboard.domain.webhook.WebhookId;
import dev.switchboard.domain.webhook.WebhookResource;
import dev.switchboard.domain.webhook.WebhookSubscription;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;

/** Webhook subscriptions in {@code webhooks}. */
final class JdbiWebhookSubscriptionRepository implements WebhookSubscriptionRepository {

  private static final String COLUMNS = "id, organization_id, resource, event, fields, url, created_at, updated_at";

  private final JdbiTransactions transactions;
  private final SqlListing<WebhookSubscription> listing;

  JdbiWebhookSubscriptionRepository(JdbiTransactions transactions) {
    this.transactions = transactions;
    this.listing = new SqlListing<>(
        "webhooks",
        COLUMNS,
        WebhookFields.ID,
        WebhookFields.ALL,
        Map.of(
            "id", "id",
            "resource", "resource",
            "event", "event",
            "createdAt", "created_at",
            "updatedAt", "updated_at"),
        JdbiWebhookSubscriptionRepository::map);
  }

  @Override
  public Optional<WebhookSubscription> findById(OrganizationId organization, WebhookId id) {
    return transactions.withHandle(handle -> handle
        .createQuery("SELECT " + COLUMNS + " FROM webhooks WHERE organization_id = :org AND id = :id")
        .bind("org", organization.value())
        .bind("id", id.value())
        .map(JdbiWebhookSubscriptionRepository::map)
        .findOne());
  }

  @Override
  public List<WebhookSubscription> findFor(OrganizationId organization, WebhookResource resource, WebhookEvent event) {
    return transactions.withHandle(handle -> handle
        .createQuery("SELECT " + COLUMNS + " FROM webhooks"
            + " WHERE organization_id = :org AND resource = :resource AND event = :event ORDER BY created_at, id")
        .bind("org", organization.value())
        .bind("resource", resource.wireName())
        .bind("event", event.wireName())
        .map(JdbiWebhookSubscriptionRepository::map)
        .list());
  }

  @Override
  public void insert(WebhookSubscription webhook) {
    write("INSERT INTO webhooks (" + COLUMNS + ") VALUES"
        + " (:id, :org, :resource, :event, :fields, :url, :createdAt, :updatedAt)", webhook);
  }

  @Override
  public void update(WebhookSubscription webhook) {
    write("UPDATE webhooks SET resource = :resource, event = :event, fields = :fields, url = :url,"
        + " updated_at = :updatedAt WHERE organization_id = :org AND id = :id", webhook);
  }

  private void write(String sql, WebhookSubscription webhook) {
    transactions.withHandle(handle -> handle.createUpdate(sql)
        .bind("id", webhook.id().value())
        .bind("org", webhook.organizationId().value())
        .bind("resource", webhook.resource().wireName())
        .bind("event", webhook.event().wireName())
        .bind("fields", Json.strings(webhook.fields()))
        .bind("url", webhook.url().map(URI::toString).orElse(null))
        .bind("createdAt", webhook.createdAt())
        .bind("updatedAt", webhook.updatedAt())
        .execute());
  }

  @Override
  public void delete(OrganizationId organization, WebhookId id) {
    transactions.withHandle(handle -> handle
        .createUpdate("DELETE FROM webhooks WHERE organization_id = :org AND id = :id")
        .bind("org", organization.value())
        .bind("id", id.value())
        .execute());
  }

  @Override
  public Page<WebhookSubscription> list(OrganizationId organization, ListQuery<WebhookSubscription> query) {
    return transactions.withHandle(handle -> listing.page(handle, organization, query));
  }

  static WebhookSubscription map(ResultSet rs, StatementContext context) throws SQLException {
    return new WebhookSubscription(
        new WebhookId(Columns.uuid(rs, "id")),
        new OrganizationId(Columns.uuid(rs, "organization_id")),
        WebhookResource.parse(rs.getString("resource"))
            .orElseThrow(() -> new IllegalStateException("unknown resource in webhooks")),
        WebhookEvent.parse(rs.getString("event"))
            .orElseThrow(() -> new IllegalStateException("unknown event in webhooks")),
        Json.strings(rs.getString("fields")),
        Optional.ofNullable(rs.getString("url")).map(URI::create),
        Columns.instant(rs, "created_at"),
        Columns.instant(rs, "updated_at"));
  }
}
