package dev.switchboard.application.service;

import dev.switchboard.application.port.in.CreateWebhookUseCase;
import dev.switchboard.domain.Validated;
import dev.switchboard.domain.Violation;
import dev.switchboard.domain.webhook.WebhookId;
import dev.switchboard.domain.webhook.WebhookSubscription;
import java.util.Optional;

final class CreateWebhookService implements CreateWebhookUseCase {

  private final WebhookPorts ports;

  CreateWebhookService(WebhookPorts ports) {
    this.ports = ports;
  }

  @Override
  public Result create(Command command) {
    Validated<WebhookSubscription> webhook = WebhookSubscription.create(
        new WebhookId(ports.ids().nextId()),
        command.organization(),
        command.resource(),
        command.event(),
        command.fields(),
        command.url(),
        ports.clock().instant());
    return switch (webhook) {
      case Validated.Invalid<WebhookSubscription> invalid -> new Result.Rejected(invalid.violation());
      case Validated.Valid<WebhookSubscription> valid -> {
        Optional<Violation> noDestination =
            WebhookDestinations.missing(ports.organizations(), command.organization(), command.url());
        if (noDestination.isPresent()) {
          yield new Result.Rejected(noDestination.get());
        }
        ports.subscriptions().insert(valid.value());
        yield new Result.Created(valid.value());
      }
    };
  }
}
