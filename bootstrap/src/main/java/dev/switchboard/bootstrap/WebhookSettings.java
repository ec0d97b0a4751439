package dev.switchboard.bootstrap;

import dev.switchboard.adapter.http.webhook.WebhookSenderConfig;
import dev.switchboard.application.service.WebhookPolicy;
import dev.switchboard.domain.webhook.RetrySchedule;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The webhook slice of the configuration: whether this node runs the two webhook workers (fan-out and sender), how
 * long they sleep when idle, the retry schedule and lease, and the outbound client's settings.
 */
record WebhookSettings(boolean worker, Duration pollInterval, WebhookPolicy policy, WebhookSenderConfig sender) {

  static final String RETRY_SCHEDULE = "SWITCHBOARD_WEBHOOK_RETRY_SCHEDULE";

  WebhookSettings {
    Objects.requireNonNull(pollInterval, "pollInterval");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(sender, "sender");
  }

  static WebhookSettings from(Settings settings) {
    WebhookPolicy defaults = WebhookPolicy.DEFAULT;
    WebhookSenderConfig client = WebhookSenderConfig.DEFAULT;
    RetrySchedule retries = settings.text(RETRY_SCHEDULE)
        .map(WebhookSettings::schedule)
        .orElse(defaults.retries());
    return new WebhookSettings(
        settings.flag("SWITCHBOARD_WEBHOOK_WORKER", true),
        settings.duration("SWITCHBOARD_WEBHOOK_POLL_INTERVAL", Duration.ofMillis(200)),
        new WebhookPolicy(defaults.batchSize(), settings.duration("SWITCHBOARD_WEBHOOK_LEASE", defaults.lease()), retries),
        new WebhookSenderConfig(
            settings.duration("SWITCHBOARD_WEBHOOK_CONNECT_TIMEOUT", client.connectTimeout()),
            settings.duration("SWITCHBOARD_WEBHOOK_READ_TIMEOUT", client.readTimeout()),
            client.maxResponseBytes(),
            settings.flag("SWITCHBOARD_WEBHOOK_ALLOW_PRIVATE_TARGETS", client.allowPrivateTargets())));
  }

  /** {@code 30s,5m,30m,2h,21h}: the waits before each retry; as many retries as entries. */
  static RetrySchedule schedule(String text) {
    List<Duration> delays = Arrays.stream(text.split(","))
        .map(String::strip)
        .map(entry -> Settings.parseDuration(RETRY_SCHEDULE, entry))
        .toList();
    return new RetrySchedule(delays);
  }
}
