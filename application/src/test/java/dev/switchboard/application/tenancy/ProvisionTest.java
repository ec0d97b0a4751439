package dev.switchboard.application.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.in.AuthenticateUseCase.Principal;
import dev.switchboard.application.port.in.ProvisionUseCase;
import dev.switchboard.application.port.in.ProvisionUseCase.Command;
import dev.switchboard.application.port.in.ProvisionUseCase.Result;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.domain.organization.Organization;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProvisionTest {

  private static final String ORGANIZATION_KEY = "configured-organization-key-0001";
  private static final String MANAGEMENT_KEY = "configured-management-key-0001";

  private final TenancyFixture fixture = TenancyFixture.create();

  private static Command nothingConfigured() {
    return new Command(Optional.empty(), Optional.empty());
  }

  private static Command configured(String organizationKey, String managementKey) {
    return new Command(Optional.of(organizationKey), Optional.of(managementKey));
  }

  private Optional<Principal> authenticate(TenancyFixture on, String key) {
    return on.core().authenticate().authenticate(key);
  }

  private long organizations() {
    return fixture.core().listOrganizations().list(ListQuery.firstPage()).totals().orElseThrow().total();
  }

  @Test
  void givenEmptyStore_provision_generatesAManagementKeyAndADefaultOrganizationWithAKey() {
    Result result = fixture.core().provision().provision(nothingConfigured());

    Organization created = result.createdOrganization().orElseThrow();
    assertThat(created.name()).isEqualTo(ProvisionUseCase.DEFAULT_ORGANIZATION_NAME);
    assertThat(fixture.stored(created)).isEqualTo(created);
    assertThat(authenticate(fixture, result.generatedOrganizationKey().orElseThrow()))
        .contains(new Principal.OrganizationKey(created.id()));
    assertThat(authenticate(fixture, result.generatedManagementKey().orElseThrow()))
        .contains(new Principal.ManagementKey());
  }

  @Test
  void givenProvisionedStore_provisionAfterRestart_generatesNothing() {
    Result first = fixture.core().provision().provision(nothingConfigured());
    TenancyFixture restarted = fixture.restarted();

    Result second = restarted.core().provision().provision(nothingConfigured());

    assertThat(second.generatedNothing()).isTrue();
    assertThat(organizations()).isEqualTo(1);
    assertThat(authenticate(restarted, first.generatedManagementKey().orElseThrow()))
        .contains(new Principal.ManagementKey());
    assertThat(authenticate(restarted, first.generatedOrganizationKey().orElseThrow())).isPresent();
  }

  @Test
  void givenConfiguredKeys_provision_usesThemAndReturnsNoKey() {
    Result result = fixture.core().provision().provision(configured(ORGANIZATION_KEY, MANAGEMENT_KEY));

    Organization created = result.createdOrganization().orElseThrow();
    assertThat(result.generatedManagementKey()).isEmpty();
    assertThat(result.generatedOrganizationKey()).isEmpty();
    assertThat(fixture.issuedKeys()).isEmpty();
    assertThat(authenticate(fixture, ORGANIZATION_KEY)).contains(new Principal.OrganizationKey(created.id()));
    assertThat(authenticate(fixture, MANAGEMENT_KEY)).contains(new Principal.ManagementKey());
    assertThat(result.toString()).doesNotContain(ORGANIZATION_KEY).doesNotContain(MANAGEMENT_KEY);
  }

  @Test
  void givenConfiguredKeys_provisionTwice_generatesNothingAndKeepsOneKeyEach() {
    fixture.core().provision().provision(configured(ORGANIZATION_KEY, MANAGEMENT_KEY));

    Result second = fixture.restarted().core().provision().provision(configured(ORGANIZATION_KEY, MANAGEMENT_KEY));

    assertThat(second.generatedNothing()).isTrue();
    assertThat(fixture.adapters().tenancy().apiKeys().all()).hasSize(2);
    assertThat(organizations()).isEqualTo(1);
  }

  @Test
  void givenGeneratedManagementKey_provisionWithConfiguredOne_replacesIt() {
    String generated = fixture.core().provision().provision(nothingConfigured()).generatedManagementKey().orElseThrow();

    Result second = fixture.restarted().core().provision().provision(new Command(Optional.empty(), Optional.of(MANAGEMENT_KEY)));

    assertThat(second.generatedNothing()).isTrue();
    assertThat(authenticate(fixture, MANAGEMENT_KEY)).contains(new Principal.ManagementKey());
    assertThat(authenticate(fixture, generated)).isEmpty();
  }

  @Test
  void givenConfiguredManagementKeyRemoved_provision_keepsTheStoredOneAndGeneratesNothing() {
    fixture.core().provision().provision(configured(ORGANIZATION_KEY, MANAGEMENT_KEY));

    Result second = fixture.restarted().core().provision().provision(nothingConfigured());

    assertThat(second.generatedNothing()).isTrue();
    assertThat(authenticate(fixture, MANAGEMENT_KEY)).contains(new Principal.ManagementKey());
  }

  @Test
  void givenExistingOrganizations_provisionWithNewConfiguredKey_givesItToTheOldestOrganization() {
    Result first = fixture.core().provision().provision(nothingConfigured());
    Organization oldest = first.createdOrganization().orElseThrow();
    fixture.clock().advance(Duration.ofMinutes(1));
    fixture.createOrganization("Newer");

    Result second = fixture.restarted().core().provision().provision(new Command(Optional.of(ORGANIZATION_KEY), Optional.empty()));

    assertThat(second.generatedNothing()).isTrue();
    assertThat(authenticate(fixture, ORGANIZATION_KEY)).contains(new Principal.OrganizationKey(oldest.id()));
    assertThat(authenticate(fixture, first.generatedOrganizationKey().orElseThrow())).isEmpty();
    assertThat(organizations()).isEqualTo(2);
  }

  @Test
  void givenConfiguredOrganizationKeyAlreadyStored_provision_leavesItWithItsOrganization() {
    fixture.core().provision().provision(new Command(Optional.of(ORGANIZATION_KEY), Optional.empty()));
    int keysBefore = fixture.adapters().tenancy().apiKeys().all().size();

    fixture.restarted().core().provision().provision(new Command(Optional.of(ORGANIZATION_KEY), Optional.empty()));

    assertThat(fixture.adapters().tenancy().apiKeys().all()).hasSize(keysBefore);
  }

  @Test
  void givenManagementKeyConfiguredAsOrganizationKeyLater_provision_refusesIt() {
    fixture.core().provision().provision(new Command(Optional.of(ORGANIZATION_KEY), Optional.empty()));

    assertThatThrownBy(() -> fixture.core().provision().provision(new Command(Optional.empty(), Optional.of(ORGANIZATION_KEY))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SWITCHBOARD_MANAGEMENT_KEY")
        .hasMessageNotContaining(ORGANIZATION_KEY);
  }

  @Test
  void givenShortOrSpacedOrEqualConfiguredKeys_command_refusesThem() {
    assertThatThrownBy(() -> new Command(Optional.of("short"), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SWITCHBOARD_API_KEY");
    assertThatThrownBy(() -> new Command(Optional.empty(), Optional.of("has a space in the middle")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SWITCHBOARD_MANAGEMENT_KEY");
    assertThatThrownBy(() -> configured(MANAGEMENT_KEY, MANAGEMENT_KEY)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenConfiguredKeys_commandToString_hidesThem() {
    assertThat(configured(ORGANIZATION_KEY, MANAGEMENT_KEY).toString())
        .doesNotContain(ORGANIZATION_KEY)
        .doesNotContain(MANAGEMENT_KEY);
  }
}
