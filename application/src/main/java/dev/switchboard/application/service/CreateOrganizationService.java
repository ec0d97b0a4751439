package dev.switchboard.application.service;

import dev.switchboard.application.port.in.CreateOrganizationUseCase;
import dev.switchboard.application.port.out.ApiKeyRepository.Owner;
import dev.switchboard.application.port.out.OrganizationSetup;
import dev.switchboard.application.port.out.SecretGenerator.KeyKind;
import dev.switchboard.domain.Validated;
import dev.switchboard.domain.Violation;
import dev.switchboard.domain.organization.Organization;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.organization.OrganizationRules;
import java.time.Instant;
import java.util.Optional;

final class CreateOrganizationService implements CreateOrganizationUseCase {

  private final TenancyPorts ports;
  private final KeyIssuer keys;
  private final OrganizationSetup setup;

  CreateOrganizationService(TenancyPorts ports, OrganizationSetup setup) {
    this.ports = ports;
    this.setup = setup;
    this.keys = new KeyIssuer(ports);
  }

  @Override
  public Result create(Command command) {
    Validated<String> name = OrganizationRules.name(command.name());
    if (name instanceof Validated.Invalid<String> invalid) {
      return new Result.Rejected(invalid.violation());
    }
    Optional<Violation> webhook = OrganizationInput.checkWebhook(command.webhookUrl(), command.webhookSecret());
    if (webhook.isPresent()) {
      return new Result.Rejected(webhook.get());
    }
    return ports.transactions().inTransaction(() -> {
      Instant now = ports.clock().instant();
      Organization organization = new Organization(
          new OrganizationId(ports.ids().nextId()),
          name.orElseThrow(),
          command.webhookUrl(),
          command.webhookSecret(),
          now,
          now);
      ports.organizations().insert(organization);
      setup.prepare(organization.id(), now);
      String token = keys.issue(new Owner.OfOrganization(organization.id()), KeyKind.ORGANIZATION, now);
      return new Result.Created(organization, token);
    });
  }
}
