package dev.switchboard.application.service;

import dev.switchboard.application.port.in.AuthenticateUseCase;
import dev.switchboard.application.port.in.CreateOrganizationUseCase;
import dev.switchboard.application.port.in.DeleteOrganizationUseCase;
import dev.switchboard.application.port.in.GetOrganizationUseCase;
import dev.switchboard.application.port.in.IdempotencyUseCase;
import dev.switchboard.application.port.in.ListOrganizationsUseCase;
import dev.switchboard.application.port.in.ProvisionUseCase;
import dev.switchboard.application.port.in.PurgeIdempotencyKeysUseCase;
import dev.switchboard.application.port.in.RotateOrganizationKeyUseCase;
import dev.switchboard.application.port.in.UpdateOrganizationUseCase;
import dev.switchboard.application.port.out.OrganizationSetup;

/**
 * Builds the tenancy use cases (organizations, API keys, provisioning, idempotency) over the given ports.
 * Thread-safe when the ports are; the services keep no state of their own.
 */
public final class TenancyCore {

  private final CreateOrganizationUseCase createOrganization;
  private final ListOrganizationsUseCase listOrganizations;
  private final GetOrganizationUseCase getOrganization;
  private final UpdateOrganizationUseCase updateOrganization;
  private final DeleteOrganizationUseCase deleteOrganization;
  private final RotateOrganizationKeyUseCase rotateOrganizationKey;
  private final ProvisionUseCase provision;
  private final AuthenticateUseCase authenticate;
  private final IdempotencyUseCase idempotency;
  private final PurgeIdempotencyKeysUseCase purgeIdempotencyKeys;

  private TenancyCore(TenancyPorts ports, OrganizationSetup setup) {
    this.createOrganization = new CreateOrganizationService(ports, setup);
    this.listOrganizations = new ListOrganizationsService(ports.organizations());
    this.getOrganization = new GetOrganizationService(ports.organizations());
    this.updateOrganization = new UpdateOrganizationService(ports);
    this.deleteOrganization = new DeleteOrganizationService(ports);
    this.rotateOrganizationKey = new RotateOrganizationKeyService(ports);
    this.provision = new ProvisionService(ports, setup);
    this.authenticate = new AuthenticateService(ports.apiKeys());
    this.idempotency = new IdempotencyService(ports.idempotency(), ports.clock());
    this.purgeIdempotencyKeys = new PurgeIdempotencyKeysService(ports.idempotency(), ports.clock());
  }

  public static TenancyCore create(TenancyPorts ports) {
    return new TenancyCore(ports, OrganizationSetup.NOTHING);
  }

  /** With {@code setup} run for every organization created (by the management API or by provisioning). */
  public static TenancyCore create(TenancyPorts ports, OrganizationSetup setup) {
    return new TenancyCore(ports, setup);
  }

  public CreateOrganizationUseCase createOrganization() {
    return createOrganization;
  }

  public ListOrganizationsUseCase listOrganizations() {
    return listOrganizations;
  }

  public GetOrganizationUseCase getOrganization() {
    return getOrganization;
  }

  public UpdateOrganizationUseCase updateOrganization() {
    return updateOrganization;
  }

  public DeleteOrganizationUseCase deleteOrganization() {
    return deleteOrganization;
  }

  public RotateOrganizationKeyUseCase rotateOrganizationKey() {
    return rotateOrganizationKey;
  }

  public ProvisionUseCase provision() {
    return provision;
  }

  public AuthenticateUseCase authenticate() {
    return authenticate;
  }

  public IdempotencyUseCase idempotency() {
    return idempotency;
  }

  public PurgeIdempotencyKeysUseCase purgeIdempotencyKeys() {
    return purgeIdempotencyKeys;
  }
}
