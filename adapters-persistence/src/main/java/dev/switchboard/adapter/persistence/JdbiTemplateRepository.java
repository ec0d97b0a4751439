package dev.switchboard.adapter.persistence;

import dev.switchboard.application.port.out.MessageTemplateRepository;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.Page;
import dev.switchboard.application.query.TemplateFields;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.template.MessageTemplate;
import dev.switchboard.domain.template.TemplateCategory;
import dev.switchboard.domain.template.TemplateId;
import dev.switchboard.domain.template.TemplateStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;

/** Templates in {@code templates}; (organization, name, language) is unique. */
final class JdbiTemplateRepository implements MessageTemplateRepository {

  private static final String COLUMNS =
      "id, organization_id, name, language, category, components, status, created_at, updated_at";

  private final JdbiTransactions transactions;
  private final SqlListing<MessageTemplate> listing;

  JdbiTemplateRepository(JdbiTransactions transactions) {
    this.transactions = transactions;
    this.listing = new SqlListing<>(
        "templates",
        COLUMNS,
        TemplateFields.ID,
        TemplateFields.ALL,
        Map.of(
            "id", "id",
            "name", "name",
            "language", "language",
            "category", "category",
            "status", "status",
            "createdAt", "created_at",
            "updatedAt", "updated_at"),
        JdbiTemplateRepository::map);
  }

  @Override
  public Optional<MessageTemplate> findById(OrganizationId organization, TemplateId id) {
    return transactions.withHandle(handle -> handle
        .createQuery("SELECT " + COLUMNS + " FROM templates WHERE organization_id = :org AND id = :id")
        .bind("org", organization.value())
        .bind("id", id.value())
        .map(JdbiTemplateRepository::map)
        .findOne());
  }

  @Override
  public void insert(MessageTemplate template) {
    transactions.withHandle(handle -> handle
        .createUpdate("INSERT INTO templates (" + COLUMNS + ") VALUES"
            + " (:id, :org, :name, :language, :category, :components, :status, :createdAt, :updatedAt)")
        .bind("id", template.id().value())
        .bind("org", template.organizationId().value())
        .bind("name", template.name())
        .bind("language", template.language())
        .bind("category", template.category().name())
        .bind("components", Json.components(template.components()))
        .bind("status", template.status().wireName())
        .bind("createdAt", template.createdAt())
        .bind("updatedAt", template.updatedAt())
        .execute());
  }

  @Override
  public void delete(OrganizationId organization, TemplateId id) {
    transactions.withHandle(handle -> handle
        .createUpdate("DELETE FROM templates WHERE organization_id = :org AND id = :id")
        .bind("org", organization.value())
        .bind("id", id.value())
        .execute());
  }

  @Override
  public Page<MessageTemplate> list(OrganizationId organization, ListQuery<MessageTemplate> query) {
    return transactions.withHandle(handle -> listing.page(handle, organization, query));
  }

  static MessageTemplate map(ResultSet rs, StatementContext context) throws SQLException {
    return new MessageTemplate(
        new TemplateId(Columns.uuid(rs, "id")),
        new OrganizationId(Columns.uuid(rs, "organization_id")),
        rs.getString("name"),
        rs.getString("language"),
        TemplateCategory.valueOf(rs.getString("category")),
        Json.components(rs.getString("components")),
        TemplateStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
        Columns.instant(rs, "created_at"),
        Columns.instant(rs, "updated_at"));
  }
}
