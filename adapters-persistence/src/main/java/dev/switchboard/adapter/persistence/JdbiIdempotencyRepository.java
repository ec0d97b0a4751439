package dev.switchboard.adapter.persistence;

import dev.switchboard.application.port.out.IdempotencyRepository;
import dev.switchboard.domain.organization.OrganizationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/**
 * Idempotency keys in {@code idempotency_keys}. A claim is {@code INSERT ... ON CONFLICT DO NOTHING} on the primary
 * key (organization, key): atomic on both databases, and a lost race is an ordinary "0 rows" rather than an error,
 * so it never aborts a surrounding PostgreSQL transaction.
 */
final class JdbiIdempotencyRepository implements IdempotencyRepository {

  private static final String COLUMNS = "organization_id, idempotency_key, fingerprint, created_at,"
      + " response_status, response_content_type, response_location, response_body";

  private final JdbiTransactions transactions;

  JdbiIdempotencyRepository(JdbiTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public boolean claim(OrganizationId organization, String key, String fingerprint, Instant createdAt) {
    return transactions.withHandle(handle -> handle
        .createUpdate("INSERT INTO idempotency_keys (organization_id, idempotency_key, fingerprint, created_at)"
            + " VALUES (:org, :key, :fingerprint, :createdAt) ON CONFLICT DO NOTHING")
        .bind("org", organization.value())
        .bind("key", key)
        .bind("fingerprint", fingerprint)
        .bind("createdAt", createdAt)
        .execute()) == 1;
  }

  @Override
  public Optional<Entry> find(OrganizationId organization, String key) {
    return transactions.withHandle(handle -> handle
        .createQuery("SELECT " + COLUMNS + " FROM idempotency_keys WHERE organization_id = :org AND idempotency_key = :key")
        .bind("org", organization.value())
        .bind("key", key)
        .map(JdbiIdempotencyRepository::map)
        .findOne());
  }

  @Override
  public void complete(OrganizationId organization, String key, Response response) {
    transactions.withHandle(handle -> handle
        .createUpdate("UPDATE idempotency_keys SET response_status = :status, response_content_type = :contentType,"
            + " response_location = :location, response_body = :body"
            + " WHERE organization_id = :org AND idempotency_key = :key")
        .bind("org", organization.value())
        .bind("key", key)
        .bind("status", response.status())
        .bind("contentType", response.contentType())
        .bind("location", response.location().orElse(null))
        .bind("body", response.body())
        .execute());
  }

  @Override
  public void release(OrganizationId organization, String key) {
    transactions.withHandle(handle -> deleteKey(handle, organization, key, "response_status IS NULL").execute());
  }

  @Override
  public void releaseIfClaimedBefore(OrganizationId organization, String key, Instant cutoff) {
    String stillInProgressAndOld = "response_status IS NULL AND created_at < :cutoff";
    transactions.withHandle(handle -> deleteKey(handle, organization, key, stillInProgressAndOld)
        .bind("cutoff", cutoff)
        .execute());
  }

  @Override
  public void deleteIfCreatedBefore(OrganizationId organization, String key, Instant cutoff) {
    transactions.withHandle(handle -> deleteKey(handle, organization, key, "created_at < :cutoff")
        .bind("cutoff", cutoff)
        .execute());
  }

  /** Deletes the organization's key if its row also meets {@code condition}. */
  private static Update deleteKey(Handle handle, OrganizationId organization, String key, String condition) {
    return handle.createUpdate("DELETE FROM idempotency_keys"
            + " WHERE organization_id = :org AND idempotency_key = :key AND " + condition)
        .bind("org", organization.value())
        .bind("key", key);
  }

  @Override
  public int purgeCreatedBefore(Instant cutoff) {
    return transactions.withHandle(handle -> handle
        .createUpdate("DELETE FROM idempotency_keys WHERE created_at < :cutoff")
        .bind("cutoff", cutoff)
        .execute());
  }

  @Override
  public void deleteByOrganization(OrganizationId organization) {
    transactions.withHandle(handle -> handle
        .createUpdate("DELETE FROM idempotency_keys WHERE organization_id = :org")
        .bind("org", organization.value())
        .execute());
  }

  static Entry map(ResultSet rs, StatementContext context) throws SQLException {
    int status = rs.getInt("response_status");
    Optional<Response> response = rs.wasNull()
        ? Optional.empty()
        : Optional.of(new Response(
            status,
            rs.getString("response_content_type"),
            Optional.ofNullable(rs.getString("response_location")),
            rs.getString("response_body")));
    return new Entry(
        new OrganizationId(Columns.uuid(rs, "organization_id")),
        rs.getString("idempotency_key"),
        rs.getString("fingerprint"),
        Columns.instant(rs, "created_at"),
        response);
  }
}
