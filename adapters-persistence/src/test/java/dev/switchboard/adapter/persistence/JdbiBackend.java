package dev.switchboard.adapter.persistence;

import com.zaxxer.hikari.HikariDataSource;
import dev.switchboard.adapter.persistence.testing.TestDatabase;
import dev.switchboard.application.port.out.AcceptedMessageWriter;
import dev.switchboard.application.port.out.ChannelConnectionRepository;
import dev.switchboard.application.port.out.ChangeEventOutbox;
import dev.switchboard.application.port.out.DeliveryQueue;
import dev.switchboard.application.port.out.EventSink;
import dev.switchboard.application.port.out.MessageRepository;
import dev.switchboard.application.port.out.MessageTemplateRepository;
import dev.switchboard.application.port.out.MessageThreadRepository;
import dev.switchboard.application.port.out.OrganizationDataEraser;
import dev.switchboard.application.port.out.TransactionBoundary;
import dev.switchboard.application.port.out.WebhookDeliveryRepository;
import dev.switchboard.application.port.out.WebhookSubscriptionRepository;
import dev.switchboard.domain.organization.OrganizationId;
import java.util.List;
import java.util.OptionalLong;

/** The Jdbi adapters on a database of their own, dropped (or forgotten, for in-memory H2) on close. */
final class JdbiBackend implements Backend {

  private final HikariDataSource pool;
  private final JdbiPersistence persistence;
  private final TestDatabase database;

  private JdbiBackend(TestDatabase database) {
    this.pool = DataSources.hikari(database.config().withMaxPoolSize(6));
    this.persistence = JdbiPersistence.create(pool);
    this.database = database;
  }

  /** A fresh in-memory H2 database. */
  static JdbiBackend h2() {
    return new JdbiBackend(TestDatabase.h2());
  }

  /** A fresh database on the embedded PostgreSQL server this JVM shares. */
  static JdbiBackend embeddedPostgres() {
    return new JdbiBackend(TestDatabase.embeddedPostgres());
  }

  /** A fresh database on the server {@code SWITCHBOARD_TEST_POSTGRES_URL} names; skipped when it is unset. */
  static JdbiBackend externalPostgres() {
    return new JdbiBackend(TestDatabase.externalPostgres());
  }

  javax.sql.DataSource dataSource() {
    return pool;
  }

  JdbiPersistence persistence() {
    return persistence;
  }

  @Override
  public AcceptedMessageWriter acceptedMessages() {
    return persistence.acceptedMessages();
  }

  @Override
  public MessageThreadRepository threads() {
    return persistence.threads();
  }

  @Override
  public MessageRepository messages() {
    return persistence.messages();
  }

  @Override
  public MessageTemplateRepository templates() {
    return persistence.templates();
  }

  @Override
  public DeliveryQueue deliveryQueue() {
    return persistence.deliveryQueue();
  }

  @Override
  public EventSink events() {
    return persistence.events();
  }

  @Override
  public TransactionBoundary transactions() {
    return persistence.transactions();
  }

  @Override
  public ChannelConnectionRepository channels() {
    return persistence.channels();
  }

  @Override
  public ChangeEventOutbox outbox() {
    return persistence.outbox();
  }

  @Override
  public WebhookSubscriptionRepository webhooks() {
    return persistence.webhooks();
  }

  @Override
  public WebhookDeliveryRepository webhookDeliveries() {
    return persistence.webhookDeliveries();
  }

  @Override
  public OrganizationDataEraser organizationData() {
    return persistence.organizationData();
  }

  @Override
  public long eventCount(OrganizationId organization) {
    return persistence.jdbi().withHandle(handle -> handle
        .createQuery("SELECT COUNT(*) FROM events WHERE organization_id = :org")
        .bind("org", organization.value())
        .mapTo(Long.class)
        .one());
  }

  @Override
  public List<String> storedEvents(OrganizationId organization) {
    return persistence.jdbi().withHandle(handle -> handle
        .createQuery("SELECT payload FROM events WHERE organization_id = :org ORDER BY seq")
        .bind("org", organization.value())
        .mapTo(String.class)
        .list());
  }

  /** Rows of {@code table} for the organization, for checks the ports cannot make. */
  long count(String table, OrganizationId organization) {
    return persistence.jdbi().withHandle(handle -> handle
        .createQuery("SELECT COUNT(*) FROM " + table + " WHERE organization_id = :org")
        .bind("org", organization.value())
        .mapTo(Long.class)
        .one());
  }

  /** On PostgreSQL: rows read by sequential scans and fetched through indexes, as the transaction counts them. */
  @Override
  public OptionalLong rowsRead(String table, Runnable work) {
    if (!persistence.isPostgresql()) {
      return OptionalLong.empty();
    }
    JdbiTransactions transactions = (JdbiTransactions) persistence.transactions();
    return transactions.inTransaction(() -> {
      long before = rowsReadSoFar(transactions, table);
      work.run();
      return OptionalLong.of(rowsReadSoFar(transactions, table) - before);
    });
  }

  private static long rowsReadSoFar(JdbiTransactions transactions, String table) {
    return transactions.withHandle(handle -> handle
        .createQuery("SELECT seq_tup_read + COALESCE(idx_tup_fetch, 0) FROM pg_stat_xact_user_tables"
            + " WHERE relname = :table")
        .bind("table", table)
        .mapTo(Long.class)
        .one());
  }

  @Override
  public void close() {
    pool.close();
    database.close();
  }
}
