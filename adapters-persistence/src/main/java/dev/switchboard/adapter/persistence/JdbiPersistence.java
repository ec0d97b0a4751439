package dev.switchboard.adapter.persistence;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.switchboard.application.id.UuidV7IdSource;
import dev.switchboard.application.port.out.AcceptedMessageWriter;
import dev.switchboard.application.port.out.ApiKeyRepository;
import dev.switchboard.application.port.out.ChannelConnectionRepository;
import dev.switchboard.application.port.out.ChangeEventOutbox;
import dev.switchboard.application.port.out.DeliveryQueue;
import dev.switchboard.application.port.out.EventSink;
import dev.switchboard.application.port.out.IdSource;
import dev.switchboard.application.port.out.IdempotencyRepository;
import dev.switchboard.application.port.out.MessageRepository;
import dev.switchboard.application.port.out.MessageTemplateRepository;
import dev.switchboard.application.port.out.MessageThreadRepository;
import dev.switchboard.application.port.out.OrganizationDataEraser;
import dev.switchboard.application.port.out.OrganizationRepository;
import dev.switchboard.application.port.out.TransactionBoundary;
import dev.switchboard.application.port.out.WebhookDeliveryRepository;
import dev.switchboard.application.port.out.WebhookSubscriptionRepository;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * The durable driven adapters on one database (embedded H2 or PostgreSQL), sharing one transaction boundary:
 * repositories called inside {@link #transactions()} join its transaction.
 *
 * <pre>{@code
 * HikariDataSource pool = DataSources.hikari(PersistenceConfig.defaults());
 * JdbiPersistence persistence = JdbiPersistence.create(pool);   // migrates the schema first
 * }</pre>
 *
 * The caller owns the data source and closes it when done.
 */
public final class JdbiPersistence {

  /**
   * How long a found API key is remembered unless the factory is told otherwise: authenticating saves a query per
   * request, and a key revoked on another node sharing the database keeps working here for at most this long.
   */
  public static final Duration DEFAULT_API_KEY_CACHE = Duration.ofSeconds(5);

  private final Database database;
  private final Jdbi jdbi;
  private final JdbiTransactions transactions;
  private final JdbiThreadRepository threads;
  private final JdbiMessageRepository messages;
  private final JdbiTemplateRepository templates;
  private final JdbiDeliveryQueue deliveryQueue;
  private final JdbiEventSink events;
  private final JdbiAcceptedMessageWriter<?> acceptedMessages;
  private final JdbiOrganizationRepository organizations;
  private final ApiKeyRepository apiKeys;
  private final JdbiIdempotencyRepository idempotency;
  private final JdbiOrganizationDataEraser organizationData;
  private final JdbiChannelConnectionRepository channels;
  private final JdbiEventOutbox outbox;
  private final JdbiWebhookSubscriptionRepository webhooks;
  private final JdbiWebhookDeliveryRepository webhookDeliveries;

  private JdbiPersistence(
      Database database, Jdbi jdbi, IdSource ids, CredentialsCipher credentials, Duration apiKeyCache) {
    this.database = database;
    this.jdbi = jdbi;
    this.transactions = new JdbiTransactions(jdbi);
    this.threads = new JdbiThreadRepository(transactions);
    this.messages = new JdbiMessageRepository(transactions);
    this.templates = new JdbiTemplateRepository(transactions);
    this.deliveryQueue = new JdbiDeliveryQueue(transactions, database);
    this.events = new JdbiEventSink(transactions, ids);
    this.acceptedMessages = switch (database) {
      case POSTGRESQL -> new JdbiAcceptedMessageWriter<>(transactions, events, new PostgresAcceptedBatch(transactions));
      case H2 -> new JdbiAcceptedMessageWriter<>(
          transactions, events, new JdbiAcceptedMessageWriter.PerTable(transactions, messages, deliveryQueue, events));
    };
    this.organizations = new JdbiOrganizationRepository(transactions);
    JdbiApiKeyRepository storedKeys = new JdbiApiKeyRepository(transactions);
    this.apiKeys = apiKeyCache.isZero()
        ? storedKeys
        : new CachingApiKeyRepository(storedKeys, transactions, apiKeyCache, Ticker.systemTicker());
    this.idempotency = new JdbiIdempotencyRepository(transactions);
    this.organizationData = new JdbiOrganizationDataEraser(transactions);
    this.channels = new JdbiChannelConnectionRepository(transactions, credentials);
    this.outbox = new JdbiEventOutbox(transactions);
    this.webhooks = new JdbiWebhookSubscriptionRepository(transactions);
    this.webhookDeliveries = new JdbiWebhookDeliveryRepository(transactions);
  }

  /** Migrates the schema of {@code dataSource} to the newest version and builds the adapters on it. */
  public static JdbiPersistence create(DataSource dataSource) {
    return create(dataSource, UuidV7IdSource.system());
  }

  /**
   * Like {@link #create(DataSource)}, with the id source for the rows the adapter makes itself (events). Channel
   * credentials are sealed with a key that lives only as long as this process ({@link CredentialsCipher#ephemeral()}):
   * use the next factory for a store whose channels must survive a restart.
   */
  public static JdbiPersistence create(DataSource dataSource, IdSource ids) {
    return create(dataSource, ids, CredentialsCipher.ephemeral());
  }

  /**
   * Like {@link #create(DataSource, IdSource)}, sealing channel credentials with the configured key. Found API keys
   * are remembered for {@link #DEFAULT_API_KEY_CACHE}.
   */
  public static JdbiPersistence create(DataSource dataSource, IdSource ids, CredentialsCipher credentials) {
    return create(dataSource, ids, credentials, DEFAULT_API_KEY_CACHE);
  }

  /**
   * Like {@link #create(DataSource, IdSource, CredentialsCipher)}, remembering found API keys for {@code apiKeyCache}
   * ({@link Duration#ZERO}: not at all, every lookup is a query).
   */
  public static JdbiPersistence create(
      DataSource dataSource, IdSource ids, CredentialsCipher credentials, Duration apiKeyCache) {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(apiKeyCache, "apiKeyCache");
    if (apiKeyCache.isNegative()) {
      throw new IllegalArgumentException("apiKeyCache must not be negative");
    }
    Database database = Database.detect(dataSource);
    migrate(dataSource, database);
    return new JdbiPersistence(database, configuredJdbi(dataSource), ids, credentials, apiKeyCache);
  }

  /** A Jdbi on {@code dataSource} set up as the repositories expect; leaves the schema alone. */
  static Jdbi configuredJdbi(DataSource dataSource) {
    Jdbi jdbi = Jdbi.create(dataSource);
    jdbi.registerArgument(new Columns.InstantArgumentFactory());
    // Statements share one set of bindings for insert and update; not every statement uses all of them.
    jdbi.getConfig(SqlStatements.class).setUnusedBindingAllowed(true);
    return jdbi;
  }

  private static void migrate(DataSource dataSource, Database database) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .placeholders(database.placeholders())
        .failOnMissingLocations(true)
        .load()
        .migrate();
  }

  public MessageThreadRepository threads() {
    return threads;
  }

  public MessageRepository messages() {
    return messages;
  }

  public MessageTemplateRepository templates() {
    return templates;
  }

  public DeliveryQueue deliveryQueue() {
    return deliveryQueue;
  }

  /** Group-commits accepted messages with their jobs and events: the messaging ports' writer on this store. */
  public AcceptedMessageWriter acceptedMessages() {
    return acceptedMessages;
  }

  public EventSink events() {
    return events;
  }

  public OrganizationRepository organizations() {
    return organizations;
  }

  /** Found keys are remembered for the time the factory was given; see {@link #DEFAULT_API_KEY_CACHE}. */
  public ApiKeyRepository apiKeys() {
    return apiKeys;
  }

  public IdempotencyRepository idempotency() {
    return idempotency;
  }

  /** Erases an organization's messaging data when the organization is deleted. */
  public OrganizationDataEraser organizationData() {
    return organizationData;
  }

  /** The registered channels; credentials encrypted at rest. */
  public ChannelConnectionRepository channels() {
    return channels;
  }

  /** The reading side of the events outbox, for the webhook workers. */
  public ChangeEventOutbox outbox() {
    return outbox;
  }

  public WebhookSubscriptionRepository webhooks() {
    return webhooks;
  }

  /** Webhook deliveries: the send queue and the webhook log. */
  public WebhookDeliveryRepository webhookDeliveries() {
    return webhookDeliveries;
  }

  public TransactionBoundary transactions() {
    return transactions;
  }

  /** Whether this runs on PostgreSQL (several nodes may share it) rather than embedded H2. */
  public boolean isPostgresql() {
    return database == Database.POSTGRESQL;
  }

  Database database() {
    return database;
  }

  Jdbi jdbi() {
    return jdbi;
  }
}
