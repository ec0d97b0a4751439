package dev.switchboard.application.service;

import dev.switchboard.application.port.in.UpdateWebhookUseCase;
import dev.switchboard.domain.Validated;
import dev.switchboard.domain.Violation;
import dev.switchboard.domain.webhook.WebhookEvent;
import dev.switchboard.domain.webhook.WebhookSubscription;
import java.util.List;
import java.util.Optional;

final class UpdateWebhookService implements UpdateWebhookUseCase {

  private final WebhookPorts ports;

  UpdateWebhookService(WebhookPorts ports) {
    this.ports = ports;
  }

  @Override
  public Result update(Command command) {
    return ports.transactions().inTransaction(() -> ports.subscriptions()
        .findById(command.organization(), command.id())
        .map(current -> apply(current, command))
        .orElseGet(Result.NotFound::new));
  }

  private Result apply(WebhookSubscription current, Command command) {
    WebhookEvent event = command.event().orElse(current.event());
    // Fields only make sense for updates, so moving a webhook to another event drops the ones it had.
    List<String> fields = command.fields().orElse(event == WebhookEvent.UPDATE ? current.fields() : List.of());
    Validated<WebhookSubscription> revised = current.revise(
        command.resource().orElse(current.resource()),
        event,
        fields,
        command.url().applyTo(current.url()),
        ports.clock().instant());
    return switch (revised) {
      case Validated.Invalid<WebhookSubscription> invalid -> new Result.Rejected(invalid.violation());
      case Validated.Valid<WebhookSubscription> valid -> {
        WebhookSubscription next = valid.value();
        Optional<Violation> noDestination =
            WebhookDestinations.missing(ports.organizations(), next.organizationId(), next.url());
        if (noDestination.isPresent()) {
          yield new Result.Rejected(noDestination.get());
        }
        if (sameSettings(current, next)) {
          yield new Result.Updated(current);
        }
        ports.subscriptions().update(next);
        yield new Result.Updated(next);
      }
    };
  }

  private static boolean sameSettings(WebhookSubscription a, WebhookSubscription b) {
    return a.resource() == b.resource() && a.event() == b.event() && a.fields().equals(b.fields()) && a.url().equals(b.url());
  }
}
