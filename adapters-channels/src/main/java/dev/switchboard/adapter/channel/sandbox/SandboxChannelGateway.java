package dev.switchboard.adapter.channel.sandbox;

import dev.switchboard.application.port.in.RecordStatusUpdateUseCase;
import dev.switchboard.application.port.out.ChannelGateway;
import dev.switchboard.domain.message.StatusUpdate;
import dev.switchboard.domain.organization.OrganizationId;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A provider that needs no account: it takes every message and reports it sent and delivered after short delays,
 * through the same status use case real provider callbacks use. Recipients ending in a {@link SandboxScenario}
 * suffix fail in the documented ways, so users can test their failure handling. Thread-safe; {@link #close()}
 * stops the reports still pending.
 */
public final class SandboxChannelGateway implements ChannelGateway, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SandboxChannelGateway.class);

  private static final int MAX_REPORT_ATTEMPTS = 100;

  private final SandboxSettings settings;
  private final RecordStatusUpdateUseCase statusUpdates;
  private final ScheduledThreadPoolExecutor scheduler;
  private final Set<UUID> attempted = ConcurrentHashMap.newKeySet();

  public SandboxChannelGateway(SandboxSettings settings, RecordStatusUpdateUseCase statusUpdates) {
    this.settings = settings;
    this.statusUpdates = statusUpdates;
    this.scheduler = new ScheduledThreadPoolExecutor(
        1, Thread.ofPlatform().name("sandbox-provider").daemon().factory());
    // Reports still waiting at close are dropped, as a provider's callbacks are lost when nobody listens.
    this.scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
  }

  @Override
  public SendOutcome send(Delivery delivery) {
    Optional<SandboxScenario> scenario = SandboxScenario.of(delivery.thread().identifier());
    UUID messageId = delivery.message().id().value();
    if (scenario.isPresent()) {
      switch (scenario.get()) {
        case REJECTED -> {
          return new SendOutcome.Rejected(SandboxScenario.REJECTED.reason());
        }
        case ALWAYS_RATE_LIMITED -> {
          return new SendOutcome.RetryLater(
              Optional.of(Duration.ofSeconds(1)), SandboxScenario.ALWAYS_RATE_LIMITED.reason());
        }
        case FIRST_ATTEMPT_UNAVAILABLE -> {
          if (attempted.add(messageId)) {
            return new SendOutcome.RetryLater(Optional.empty(), SandboxScenario.FIRST_ATTEMPT_UNAVAILABLE.reason());
          }
        }
        case FAILS_AFTER_SENT -> {}
      }
    }
    attempted.remove(messageId);
    String providerId = "sandbox-" + messageId;
    var organization = delivery.message().organizationId();
    report(organization, providerId, StatusUpdate.SENT, settings.sentDelay());
    if (scenario.filter(SandboxScenario.FAILS_AFTER_SENT::equals).isPresent()) {
      StatusUpdate failure = StatusUpdate.failed(SandboxScenario.FAILS_AFTER_SENT.reason());
      report(organization, providerId, failure, settings.deliveredDelay());
    } else {
      report(organization, providerId, StatusUpdate.DELIVERED, settings.deliveredDelay());
      settings.readDelay().ifPresent(delay -> report(organization, providerId, StatusUpdate.READ, delay));
    }
    return new SendOutcome.Accepted(providerId);
  }

  private void report(
      OrganizationId organization, String providerId, StatusUpdate update, Duration delay) {
    scheduler.schedule(
        () -> deliverReport(organization, providerId, update, 0), delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * A report can overtake the dispatcher's own commit of the provider id, as real provider callbacks can; like a
   * provider that retries its webhook, the sandbox tries again shortly.
   */
  private void deliverReport(
      OrganizationId organization, String providerId, StatusUpdate update, int attempt) {
    try {
      var result = statusUpdates.record(new RecordStatusUpdateUseCase.Command(organization, providerId, update));
      if (result instanceof RecordStatusUpdateUseCase.Result.MessageNotFound && attempt < MAX_REPORT_ATTEMPTS) {
        scheduler.schedule(
            () -> deliverReport(organization, providerId, update, attempt + 1), 50, TimeUnit.MILLISECONDS);
      }
    } catch (RuntimeException e) {
      log.warn("sandbox could not report {} for {}", update, providerId, e);
    }
  }

  /**
   * Drops the reports not yet due and waits for the one in progress: interrupting it mid-query would break its
   * database connection (or, on H2, close the database file).
   */
  @Override
  public void close() {
    scheduler.shutdown();
    try {
      if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
        log.warn("sandbox report still running after 10 s; leaving it");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
