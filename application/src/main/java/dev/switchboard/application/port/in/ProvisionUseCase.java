package dev.switchboard.application.port.in;

import dev.switchboard.domain.organization.Organization;
import java.util.Objects;
import java.util.Optional;

/**
 * Prepares a store on start: makes sure a management key exists and at least one organization does. Safe to run
 * on every start; a second run over the same store generates nothing.
 *
 * <ul>
 *   <li>Management key: a configured one ({@code SWITCHBOARD_MANAGEMENT_KEY}) always works after the run and
 *       replaces any earlier management key. Without one, a stored management key is kept; only when there is none
 *       is one generated.
 *   <li>Organization: without any organization, one named {@link #DEFAULT_ORGANIZATION_NAME} is created, with the
 *       configured organization key ({@code SWITCHBOARD_API_KEY}) or a generated one. When organizations exist and
 *       a configured organization key is not known yet, it becomes the key of the oldest organization (replacing its
 *       key: an organization has one key). A configured key that is already stored is left alone.
 * </ul>
 *
 * Bootstrap prints the generated keys of the {@link Result} once; configured keys are never echoed.
 */
public interface ProvisionUseCase {

  String DEFAULT_ORGANIZATION_NAME = "Default";

  /** Configured keys must be at least this long: they are stored as a fast hash, so they must be hard to guess. */
  int MINIMUM_CONFIGURED_KEY_LENGTH = 16;

  /** Keys as configured, plain text; empty when not configured. */
  record Command(Optional<String> organizationKey, Optional<String> managementKey) {
    public Command {
      Objects.requireNonNull(organizationKey, "organizationKey");
      Objects.requireNonNull(managementKey, "managementKey");
      organizationKey.ifPresent(key -> check("SWITCHBOARD_API_KEY", key));
      managementKey.ifPresent(key -> check("SWITCHBOARD_MANAGEMENT_KEY", key));
      if (organizationKey.isPresent() && organizationKey.equals(managementKey)) {
        throw new IllegalArgumentException("SWITCHBOARD_API_KEY and SWITCHBOARD_MANAGEMENT_KEY must differ");
      }
    }

    private static void check(String name, String key) {
      if (key.length() < MINIMUM_CONFIGURED_KEY_LENGTH || key.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException(
            name + " must be at least " + MINIMUM_CONFIGURED_KEY_LENGTH + " characters without spaces");
      }
    }

    @Override
    public String toString() {
      return "Command[organizationKey=" + organizationKey.map(key -> "<configured>").orElse("<none>")
          + ", managementKey=" + managementKey.map(key -> "<configured>").orElse("<none>") + "]";
    }
  }

  /**
   * What the run made. {@code generatedManagementKey} and {@code generatedOrganizationKey} are plain-text keys that
   * were generated now (never configured ones); {@code createdOrganization} is the organization created now.
   */
  record Result(
      Optional<String> generatedManagementKey,
      Optional<Organization> createdOrganization,
      Optional<String> generatedOrganizationKey) {
    public Result {
      Objects.requireNonNull(generatedManagementKey, "generatedManagementKey");
      Objects.requireNonNull(createdOrganization, "createdOrganization");
      Objects.requireNonNull(generatedOrganizationKey, "generatedOrganizationKey");
    }

    public boolean generatedNothing() {
      return generatedManagementKey.isEmpty() && createdOrganization.isEmpty() && generatedOrganizationKey.isEmpty();
    }

    @Override
    public String toString() {
      return "Result[generatedManagementKey=" + generatedManagementKey.map(key -> "<hidden>").orElse("<none>")
          + ", createdOrganization=" + createdOrganization
          + ", generatedOrganizationKey=" + generatedOrganizationKey.map(key -> "<hidden>").orElse("<none>") + "]";
    }
  }

  Result provision(Command command);
}
