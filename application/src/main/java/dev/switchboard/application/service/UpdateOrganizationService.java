package dev.switchboard.application.service;

import dev.switchboard.application.port.in.UpdateOrganizationUseCase;
import dev.switchboard.domain.Validated;
import dev.switchboard.domain.Violation;
import dev.switchboard.domain.organization.Organization;
import dev.switchboard.domain.organization.OrganizationRules;
import java.net.URI;
import java.util.Optional;

final class UpdateOrganizationService implements UpdateOrganizationUseCase {

  private final TenancyPorts ports;

  UpdateOrganizationService(TenancyPorts ports) {
    this.ports = ports;
  }

  @Override
  public Result update(Command command) {
    Optional<String> name = Optional.empty();
    if (command.name().isPresent()) {
      switch (OrganizationRules.name(command.name().get())) {
        case Validated.Invalid<String> invalid -> {
          return new Result.Rejected(invalid.violation());
        }
        case Validated.Valid<String> valid -> name = Optional.of(valid.value());
      }
    }
    Optional<Violation> webhook = OrganizationInput.checkWebhook(setValue(command.webhookUrl()), setValue(command.webhookSecret()));
    if (webhook.isPresent()) {
      return new Result.Rejected(webhook.get());
    }
    Optional<String> newName = name;
    return ports.transactions().inTransaction(() -> ports.organizations()
        .findByIdForUpdate(command.id())
        .<Result>map(current -> apply(current, newName, command.webhookUrl(), command.webhookSecret()))
        .orElseGet(Result.NotFound::new));
  }

  private Result apply(Organization current, Optional<String> name, Change<URI> url, Change<String> secret) {
    Organization changed = new Organization(
        current.id(),
        name.orElse(current.name()),
        url.applyTo(current.webhookUrl()),
        secret.applyTo(current.webhookSecret()),
        current.createdAt(),
        current.updatedAt());
    if (changed.equals(current)) {
      return new Result.Updated(current);
    }
    Organization stamped = new Organization(
        changed.id(),
        changed.name(),
        changed.webhookUrl(),
        changed.webhookSecret(),
        changed.createdAt(),
        ports.clock().instant());
    ports.organizations().update(stamped);
    return new Result.Updated(stamped);
  }

  private static <T> Optional<T> setValue(Change<T> change) {
    return change instanceof Change.SetTo<T> set ? Optional.of(set.value()) : Optional.empty();
  }
}
