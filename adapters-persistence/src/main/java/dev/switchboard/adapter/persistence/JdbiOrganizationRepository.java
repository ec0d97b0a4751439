package dev.switchboard.adapter.persistence;

import dev.switchboard.application.port.out.OrganizationRepository;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.OrganizationFields;
import dev.switchboard.application.query.Page;
import dev.switchboard.domain.organization.Organization;
import dev.switchboard.domain.organization.OrganizationId;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;

/** Organizations in {@code organizations}; listings read the {@code organizations_listing} view (see V2). */
final class JdbiOrganizationRepository implements OrganizationRepository {

  private static final String COLUMNS = "id, name, webhook_url, webhook_secret, created_at, updated_at";

  /** The one listing scope of the {@code organizations_listing} view. */
  private static final OrganizationId ALL = new OrganizationId(new UUID(0, 0));

  private final JdbiTransactions transactions;
  private final SqlListing<Organization> listing;

  JdbiOrganizationRepository(JdbiTransactions transactions) {
    this.transactions = transactions;
    this.listing = new SqlListing<>(
        "organizations_listing",
        COLUMNS,
        OrganizationFields.ID,
        OrganizationFields.ALL,
        Map.of("id", "id", "name", "name", "createdAt", "created_at", "updatedAt", "updated_at"),
        JdbiOrganizationRepository::map);
  }

  @Override
  public Optional<Organization> findById(OrganizationId id) {
    return find(id, "");
  }

  @Override
  public Optional<Organization> findByIdForUpdate(OrganizationId id) {
    return find(id, " FOR UPDATE");
  }

  private Optional<Organization> find(OrganizationId id, String lock) {
    return transactions.withHandle(handle -> handle
        .createQuery("SELECT " + COLUMNS + " FROM organizations WHERE id = :id" + lock)
        .bind("id", id.value())
        .map(JdbiOrganizationRepository::map)
        .findOne());
  }

  @Override
  public Optional<Organization> findOldest() {
    return transactions.withHandle(handle -> handle
        .createQuery("SELECT " + COLUMNS + " FROM organizations ORDER BY created_at, id LIMIT 1")
        .map(JdbiOrganizationRepository::map)
        .findOne());
  }

  @Override
  public void insert(Organization organization) {
    transactions.withHandle(handle -> handle
        .createUpdate("INSERT INTO organizations (" + COLUMNS + ") VALUES"
            + " (:id, :name, :webhookUrl, :webhookSecret, :createdAt, :updatedAt)")
        .bind("id", organization.id().value())
        .bind("name", organization.name())
        .bind("webhookUrl", organization.webhookUrl().map(URI::toString).orElse(null))
        .bind("webhookSecret", organization.webhookSecret().orElse(null))
        .bind("createdAt", organization.createdAt())
        .bind("updatedAt", organization.updatedAt())
        .execute());
  }

  @Override
  public void update(Organization organization) {
    transactions.withHandle(handle -> handle
        .createUpdate("UPDATE organizations SET name = :name, webhook_url = :webhookUrl,"
            + " webhook_secret = :webhookSecret, created_at = :createdAt, updated_at = :updatedAt WHERE id = :id")
        .bind("id", organization.id().value())
        .bind("name", organization.name())
        .bind("webhookUrl", organization.webhookUrl().map(URI::toString).orElse(null))
        .bind("webhookSecret", organization.webhookSecret().orElse(null))
        .bind("createdAt", organization.createdAt())
        .bind("updatedAt", organization.updatedAt())
        .execute());
  }

  @Override
  public void delete(OrganizationId id) {
    transactions.withHandle(handle -> handle
        .createUpdate("DELETE FROM organizations WHERE id = :id")
        .bind("id", id.value())
        .execute());
  }

  @Override
  public Page<Organization> list(ListQuery<Organization> query) {
    return transactions.withHandle(handle -> listing.page(handle, ALL, query));
  }

  static Organization map(ResultSet rs, StatementContext context) throws SQLException {
    return new Organization(
        new OrganizationId(Columns.uuid(rs, "id")),
        rs.getString("name"),
        Optional.ofNullable(rs.getString("webhook_url")).map(URI::create),
        Optional.ofNullable(rs.getString("webhook_secret")),
        Columns.instant(rs, "created_at"),
        Columns.instant(rs, "updated_at"));
  }
}
