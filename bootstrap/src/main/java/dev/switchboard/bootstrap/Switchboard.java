package dev.switchboard.bootstrap;

import dev.switchboard.adapter.channel.ProviderSettings;
import dev.switchboard.adapter.channel.routing.Providers;
import dev.switchboard.adapter.channel.sandbox.SandboxChannelGateway;
import dev.switchboard.adapter.channel.sandbox.SandboxSettings;
import dev.switchboard.adapter.persistence.JdbiPersistence;
import dev.switchboard.application.id.UuidV7IdSource;
import dev.switchboard.application.inmemory.InMemoryAdapters;
import dev.switchboard.application.port.in.RecordStatusUpdateUseCase;
import dev.switchboard.application.port.out.ChannelGateway;
import dev.switchboard.application.port.out.IdSource;
import dev.switchboard.application.service.ChannelCore;
import dev.switchboard.application.service.DeliveryPolicy;
import dev.switchboard.application.service.MessagingCore;
import dev.switchboard.application.service.Ports;
import dev.switchboard.application.service.SendRateLimit;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Switchboard embedded in another JVM application, no HTTP needed. By default it keeps everything in memory and
 * delivers through the sandbox provider:
 *
 * <pre>{@code
 * try (Switchboard switchboard = Switchboard.builder().build()) {
 *   switchboard.start();
 *   var thread = switchboard.useCases().createThread().create(...);
 * }
 * }</pre>
 *
 * {@link #start()} starts the delivery workers on virtual threads; {@link #close()} stops them. Thread-safe.
 */
public final class Switchboard implements AutoCloseable {

  private final MessagingCore core;
  private final Optional<ChannelCore> channels;
  private final List<PollingWorker> deliveryWorkers;
  private final List<AutoCloseable> resources;

  private Switchboard(
      MessagingCore core,
      Optional<ChannelCore> channels,
      int workers,
      Duration pollInterval,
      List<AutoCloseable> resources) {
    this.core = core;
    this.channels = channels;
    List<PollingWorker> started = new ArrayList<>();
    for (int i = 1; i <= workers; i++) {
      started.add(new PollingWorker("delivery-worker-" + i, core.dispatchDeliveries()::dispatchDue, pollInterval));
    }
    this.deliveryWorkers = List.copyOf(started);
    this.resources = List.copyOf(resources);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Every use case: threads, messages, templates, inbound messages and status updates. */
  public MessagingCore useCases() {
    return core;
  }

  /**
   * The channel registry (channels, provider callbacks, sandbox channels for new organizations), when the builder was
   * given {@link Builder#channelRegistry}.
   */
  public Optional<ChannelCore> channels() {
    return channels;
  }

  /** Starts handing accepted messages to the provider in the background. */
  public void start() {
    deliveryWorkers.forEach(PollingWorker::start);
  }

  /** Stops the delivery worker (the batch in progress finishes) and releases the provider and storage. */
  @Override
  public void close() {
    deliveryWorkers.forEach(PollingWorker::stop);
    for (AutoCloseable resource : resources.reversed()) {
      try {
        resource.close();
      } catch (Exception e) {
        throw new IllegalStateException("could not close " + resource, e);
      }
    }
  }

  /** Chooses storage, provider, clock and delivery behaviour; every setting has a working default. */
  public static final class Builder {
    private InstantSource clock = InstantSource.system();
    private Optional<IdSource> ids = Optional.empty();
    private Optional<Storage> storage = Optional.empty();
    private Function<RecordStatusUpdateUseCase, ChannelGateway> gateway =
        statusUpdates -> new SandboxChannelGateway(SandboxSettings.DEFAULT, statusUpdates);
    private DeliveryPolicy deliveryPolicy = DeliveryPolicy.DEFAULT;
    private Duration pollInterval = Duration.ofMillis(200);
    private int deliveryWorkers = 1;
    private Optional<ChannelRegistrySettings> channelRegistry = Optional.empty();

    private Builder() {}

    /** Time for every timestamp and for the WhatsApp window; tests pass a clock they control. */
    public Builder clock(InstantSource clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Ids for new rows; UUIDv7 from the clock by default. */
    public Builder ids(IdSource ids) {
      this.ids = Optional.of(ids);
      return this;
    }

    /** Keeps everything in the given in-memory adapters (the default is a fresh set). */
    public Builder inMemoryStorage(InMemoryAdapters adapters) {
      this.storage = Optional.of(Storage.inMemory(adapters));
      return this;
    }

    /**
     * Keeps everything in the database behind {@code dataSource} (H2 or PostgreSQL), migrating its schema first.
     * The caller owns the pool and closes it after the Switchboard.
     */
    public Builder dataSource(DataSource dataSource) {
      Objects.requireNonNull(dataSource, "dataSource");
      return storage(Storage.jdbc(JdbiPersistence.create(dataSource)));
    }

    Builder storage(Storage chosen) {
      this.storage = Optional.of(chosen);
      return this;
    }

    /** The sandbox provider with the given delays and the documented failure suffixes. */
    public Builder sandbox(SandboxSettings settings) {
      Objects.requireNonNull(settings, "settings");
      this.gateway = statusUpdates -> new SandboxChannelGateway(settings, statusUpdates);
      return this;
    }

    /**
     * Sends each message through the channel its organization registered (WhatsApp Cloud API, Twilio, SMTP, or the
     * sandbox) instead of one provider for everything, and enables {@link Switchboard#channels()}. The sandbox
     * channels use the provider {@link #sandbox} or {@link #channelGateway} set.
     */
    public Builder channelRegistry(ProviderSettings providers, SendRateLimit sendRate) {
      this.channelRegistry = Optional.of(new ChannelRegistrySettings(providers, sendRate));
      return this;
    }

    /**
     * How many delivery workers claim and send in parallel (each claims its own batch). A thread's messages still go
     * out one at a time in order: the queue hands out only the oldest job of each thread.
     */
    public Builder deliveryWorkers(int workers) {
      if (workers < 1) {
        throw new IllegalArgumentException("at least one delivery worker");
      }
      this.deliveryWorkers = workers;
      return this;
    }

    /** A provider of your own (a real one, or a fake in your tests) for every channel. */
    public Builder channelGateway(ChannelGateway gateway) {
      Objects.requireNonNull(gateway, "gateway");
      this.gateway = statusUpdates -> gateway;
      return this;
    }

    public Builder deliveryPolicy(DeliveryPolicy policy) {
      this.deliveryPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** How long the delivery worker waits when the queue is empty. */
    public Builder pollInterval(Duration interval) {
      this.pollInterval = Objects.requireNonNull(interval, "interval");
      return this;
    }

    public Switchboard build() {
      Storage chosen = storage.orElseGet(() -> Storage.inMemory(InMemoryAdapters.create()));
      IdSource idSource = ids.orElseGet(() -> new UuidV7IdSource(clock, new SecureRandom()));
      Ports ports = new Ports(
          chosen.threads(),
          chosen.messages(),
          chosen.templates(),
          chosen.deliveryQueue(),
          chosen.events(),
          chosen.transactions(),
          clock,
          idSource,
          chosen.acceptedMessages());
      List<AutoCloseable> resources = new ArrayList<>();
      DeferredStatusUpdates statusUpdates = new DeferredStatusUpdates();
      ChannelGateway channelGateway = gateway.apply(statusUpdates);
      if (channelGateway instanceof AutoCloseable closeable) {
        resources.add(closeable);
      }
      Optional<ChannelCore> channels = channelRegistry.map(registry -> ChannelCore.create(
          ports,
          chosen.channels(),
          Providers.create(registry.providers(), clock, channelGateway),
          registry.sendRate()));
      ChannelGateway dispatchThrough = channels.map(ChannelCore::gateway).orElse(channelGateway);
      MessagingCore core = MessagingCore.create(ports, dispatchThrough, deliveryPolicy, new SecureRandom());
      statusUpdates.bind(core.recordStatusUpdate());
      return new Switchboard(core, channels, deliveryWorkers, pollInterval, resources);
    }
  }

  private record ChannelRegistrySettings(ProviderSettings providers, SendRateLimit sendRate) {}

  /**
   * The sandbox reports statuses through the core that is built with it; this hands it the use case once the core
   * exists.
   */
  private static final class DeferredStatusUpdates implements RecordStatusUpdateUseCase {
    private volatile RecordStatusUpdateUseCase target;

    void bind(RecordStatusUpdateUseCase useCase) {
      this.target = useCase;
    }

    @Override
    public Result record(Command command) {
      return target.record(command);
    }
  }
}
