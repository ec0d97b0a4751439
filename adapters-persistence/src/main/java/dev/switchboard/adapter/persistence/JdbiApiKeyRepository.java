package dev.switchboard.adapter.persistence;

import dev.switchboard.application.port.out.ApiKeyRepository;
import dev.switchboard.domain.organization.OrganizationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/** Key hashes in {@code api_keys}, looked up by their primary key. */
final class JdbiApiKeyRepository implements ApiKeyRepository {

  private static final String ORGANIZATION = "organization";
  private static final String MANAGEMENT = "management";

  private final JdbiTransactions transactions;

  JdbiApiKeyRepository(JdbiTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void insert(StoredKey key) {
    transactions.withHandle(handle -> bindOwner(
            handle.createUpdate("INSERT INTO api_keys (key_hash, owner_kind, organization_id, created_at)"
                + " VALUES (:hash, :kind, :org, :createdAt)"),
            key.owner())
        .bind("hash", key.hash())
        .bind("createdAt", key.createdAt())
        .execute());
  }

  @Override
  public Optional<StoredKey> findByHash(String hash) {
    return transactions.withHandle(handle -> handle
        .createQuery("SELECT key_hash, owner_kind, organization_id, created_at FROM api_keys WHERE key_hash = :hash")
        .bind("hash", hash)
        .map(JdbiApiKeyRepository::map)
        .findOne());
  }

  @Override
  public boolean exists(Owner owner) {
    return transactions.withHandle(handle -> bindOwner(
            handle.createQuery("SELECT 1 FROM api_keys WHERE " + ownerCondition(owner) + " LIMIT 1"), owner)
        .mapTo(Integer.class)
        .findFirst()
        .isPresent());
  }

  @Override
  public void deleteByOwner(Owner owner) {
    transactions.withHandle(handle -> bindOwner(
            handle.createUpdate("DELETE FROM api_keys WHERE " + ownerCondition(owner)), owner)
        .execute());
  }

  private static String ownerCondition(Owner owner) {
    return switch (owner) {
      case Owner.OfOrganization organization -> "owner_kind = :kind AND organization_id = :org";
      case Owner.Management management -> "owner_kind = :kind";
    };
  }

  private static String kind(Owner owner) {
    return switch (owner) {
      case Owner.OfOrganization organization -> ORGANIZATION;
      case Owner.Management management -> MANAGEMENT;
    };
  }

  /** Binds {@code :kind} and {@code :org}; a management key has no organization (a typed NULL for PostgreSQL). */
  private static <S extends SqlStatement<S>> S bindOwner(S statement, Owner owner) {
    statement.bind("kind", kind(owner));
    return switch (owner) {
      case Owner.OfOrganization organization -> statement.bind("org", organization.organizationId().value());
      case Owner.Management management -> statement.bindNull("org", Types.OTHER);
    };
  }

  static StoredKey map(ResultSet rs, StatementContext context) throws SQLException {
    String kind = rs.getString("owner_kind");
    Owner owner = switch (kind) {
      case ORGANIZATION -> new Owner.OfOrganization(new OrganizationId(Columns.uuid(rs, "organization_id")));
      case MANAGEMENT -> new Owner.Management();
      default -> throw new IllegalStateException("unknown key owner kind " + kind);
    };
    return new StoredKey(rs.getString("key_hash"), owner, Columns.instant(rs, "created_at"));
  }
}
