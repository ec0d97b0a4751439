package dev.switchboard.adapter.persistence;

import dev.switchboard.application.port.out.ChannelConnectionRepository;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.connection.ChannelConnection;
import dev.switchboard.domain.connection.ConnectionId;
import dev.switchboard.domain.connection.ProviderKind;
import dev.switchboard.domain.connection.RegisteredChannel;
import dev.switchboard.domain.organization.OrganizationId;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Channels in {@code channel_connections}. Credentials are sealed by {@link CredentialsCipher} on the way in and
 * opened on the way out, so clear-text secrets exist only in memory. The unique key on
 * {@code (organization_id, default_platform)} allows one default per platform.
 */
final class JdbiChannelConnectionRepository implements ChannelConnectionRepository {

  private static final String COLUMNS = "id, organization_id, platform, provider, settings, credentials,"
      + " api_base_url, default_platform, created_at, updated_at";

  private final JdbiTransactions transactions;
  private final CredentialsCipher cipher;

  JdbiChannelConnectionRepository(JdbiTransactions transactions, CredentialsCipher cipher) {
    this.transactions = transactions;
    this.cipher = cipher;
  }

  @Override
  public void insert(RegisteredChannel channel) {
    write("INSERT INTO channel_connections (" + COLUMNS + ") VALUES (:id, :org, :platform, :provider, :settings,"
        + " :credentials, :apiBaseUrl, :defaultPlatform, :createdAt, :updatedAt)", channel);
  }

  @Override
  public void update(RegisteredChannel channel) {
    write("UPDATE channel_connections SET settings = :settings, credentials = :credentials,"
        + " api_base_url = :apiBaseUrl, default_platform = :defaultPlatform, updated_at = :updatedAt"
        + " WHERE organization_id = :org AND id = :id", channel);
  }

  private void write(String sql, RegisteredChannel channel) {
    ChannelConnection connection = channel.connection();
    transactions.withHandle(handle -> handle.createUpdate(sql)
        .bind("id", connection.id().value())
        .bind("org", connection.organizationId().value())
        .bind("platform", connection.platform().wireName())
        .bind("provider", connection.provider().wireName())
        .bind("settings", Json.stringMap(connection.settings()))
        .bind("credentials", connection.credentials().isEmpty()
            ? null
            : cipher.seal(Json.stringMap(connection.credentials()), associatedData(connection)))
        .bind("apiBaseUrl", connection.apiBaseUrl().map(URI::toString).orElse(null))
        .bind("defaultPlatform", channel.isDefault() ? connection.platform().wireName() : null)
        .bind("createdAt", connection.createdAt())
        .bind("updatedAt", connection.updatedAt())
        .execute());
  }

  @Override
  public boolean delete(OrganizationId organization, ConnectionId id) {
    return transactions.withHandle(handle -> handle
        .createUpdate("DELETE FROM channel_connections WHERE organization_id = :org AND id = :id")
        .bind("org", organization.value())
        .bind("id", id.value())
        .execute()) > 0;
  }

  @Override
  public Optional<RegisteredChannel> findById(OrganizationId organization, ConnectionId id) {
    return transactions.withHandle(handle -> handle
        .createQuery("SELECT " + COLUMNS + " FROM channel_connections WHERE organization_id = :org AND id = :id")
        .bind("org", organization.value())
        .bind("id", id.value())
        .map(this::map)
        .findOne());
  }

  @Override
  public Optional<RegisteredChannel> findForCallback(ConnectionId id) {
    return transactions.withHandle(handle -> handle
        .createQuery("SELECT " + COLUMNS + " FROM channel_connections WHERE id = :id")
        .bind("id", id.value())
        .map(this::map)
        .findOne());
  }

  @Override
  public List<RegisteredChannel> list(OrganizationId organization) {
    return transactions.withHandle(handle -> handle
        .createQuery("SELECT " + COLUMNS + " FROM channel_connections WHERE organization_id = :org"
            + " ORDER BY created_at, id")
        .bind("org", organization.value())
        .map(this::map)
        .list());
  }

  @Override
  public Optional<RegisteredChannel> findDefault(OrganizationId organization, Channel platform) {
    return transactions.withHandle(handle -> handle
        .createQuery("SELECT " + COLUMNS + " FROM channel_connections"
            + " WHERE organization_id = :org AND default_platform = :platform")
        .bind("org", organization.value())
        .bind("platform", platform.wireName())
        .map(this::map)
        .findOne());
  }

  private RegisteredChannel map(ResultSet rs, StatementContext context) throws SQLException {
    ConnectionId id = new ConnectionId(Columns.uuid(rs, "id"));
    OrganizationId organization = new OrganizationId(Columns.uuid(rs, "organization_id"));
    Channel platform = Channel.fromWireName(rs.getString("platform"))
        .orElseThrow(() -> new IllegalStateException("unknown platform stored for channel " + id));
    ProviderKind provider = ProviderKind.fromWireName(rs.getString("provider"))
        .orElseThrow(() -> new IllegalStateException("unknown provider stored for channel " + id));
    String sealed = rs.getString("credentials");
    Map<String, String> credentials =
        sealed == null ? Map.of() : Json.stringMap(cipher.open(sealed, associatedData(id, organization)));
    ChannelConnection connection = new ChannelConnection(
        id,
        organization,
        platform,
        provider,
        Json.stringMap(rs.getString("settings")),
        credentials,
        Optional.ofNullable(rs.getString("api_base_url")).map(URI::create),
        Columns.instant(rs, "created_at"),
        Columns.instant(rs, "updated_at"));
    return new RegisteredChannel(connection, rs.getString("default_platform") != null);
  }

  private static String associatedData(ChannelConnection connection) {
    return associatedData(connection.id(), connection.organizationId());
  }

  private static String associatedData(ConnectionId id, OrganizationId organization) {
    return "channel_connections/" + organization + "/" + id;
  }
}
