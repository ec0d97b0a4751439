package dev.switchboard.application.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.in.AuthenticateUseCase.Principal;
import dev.switchboard.application.port.in.CreateOrganizationUseCase.Result.Created;
import dev.switchboard.application.port.in.ProvisionUseCase;
import dev.switchboard.application.port.in.RotateOrganizationKeyUseCase.Rotated;
import dev.switchboard.application.port.out.ApiKeyRepository.StoredKey;
import dev.switchboard.domain.testing.Ids;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthenticationTest {

  private final TenancyFixture fixture = TenancyFixture.create();

  private Optional<Principal> authenticate(String key) {
    return fixture.core().authenticate().authenticate(key);
  }

  @Test
  void givenNewOrganization_create_returnsAKeyWithTheOrganizationPrefix() {
    Created created = fixture.createOrganization("Acme");

    assertThat(created.token()).startsWith("sb_live_").hasSize("sb_live_".length() + 43);
  }

  @Test
  void givenNewOrganization_create_storesOnlyTheHashOfItsKey() {
    Created created = fixture.createOrganization("Acme");

    assertThat(fixture.adapters().tenancy().apiKeys().all()).singleElement().satisfies(stored -> {
      assertThat(stored.hash()).matches("[0-9a-f]{64}").isNotEqualTo(created.token());
      assertThat(stored.toString()).doesNotContain(created.token());
    });
  }

  @Test
  void givenManyKeysIssued_repository_neverHoldsAnyOfThem() {
    Created first = fixture.createOrganization("Acme");
    fixture.createOrganization("Globex");
    fixture.core().rotateOrganizationKey().rotate(first.organization().id());
    fixture.core().provision().provision(new ProvisionUseCase.Command(Optional.empty(), Optional.empty()));

    String everythingStored = fixture.adapters().tenancy().apiKeys().all().stream()
        .map(StoredKey::toString)
        .reduce("", String::concat);
    assertThat(fixture.issuedKeys()).hasSize(4).allSatisfy(key -> assertThat(everythingStored).doesNotContain(key));
  }

  @Test
  void givenOrganizationKey_authenticate_yieldsThatOrganization() {
    Created created = fixture.createOrganization("Acme");

    assertThat(authenticate(created.token())).contains(new Principal.OrganizationKey(created.organization().id()));
  }

  @Test
  void givenTwoOrganizations_authenticate_tellsTheirKeysApart() {
    Created acme = fixture.createOrganization("Acme");
    Created globex = fixture.createOrganization("Globex");

    assertThat(authenticate(acme.token())).contains(new Principal.OrganizationKey(acme.organization().id()));
    assertThat(authenticate(globex.token())).contains(new Principal.OrganizationKey(globex.organization().id()));
  }

  @Test
  void givenWrongKey_authenticate_isEmpty() {
    Created created = fixture.createOrganization("Acme");

    assertThat(authenticate(created.token() + "x")).isEmpty();
    assertThat(authenticate(created.token().substring(1))).isEmpty();
    assertThat(authenticate("sb_live_not-a-key")).isEmpty();
  }

  @Test
  void givenEmptyNullOrHugeKey_authenticate_isEmpty() {
    fixture.createOrganization("Acme");

    assertThat(authenticate("")).isEmpty();
    assertThat(authenticate(null)).isEmpty();
    assertThat(authenticate("k".repeat(100_000))).isEmpty();
  }

  @Test
  void givenRotatedKey_authenticate_refusesTheOldKeyAndAcceptsTheNewOne() {
    Created created = fixture.createOrganization("Acme");

    Rotated rotated = fixture.core().rotateOrganizationKey().rotate(created.organization().id()).orElseThrow();

    assertThat(rotated.token()).startsWith("sb_live_").isNotEqualTo(created.token());
    assertThat(rotated.organization()).isEqualTo(created.organization());
    assertThat(authenticate(created.token())).isEmpty();
    assertThat(authenticate(rotated.token())).contains(new Principal.OrganizationKey(created.organization().id()));
    assertThat(fixture.adapters().tenancy().apiKeys().all()).hasSize(1);
  }

  @Test
  void givenRotationOfOneOrganization_rotate_leavesOtherKeysWorking() {
    Created acme = fixture.createOrganization("Acme");
    Created globex = fixture.createOrganization("Globex");

    fixture.core().rotateOrganizationKey().rotate(acme.organization().id());

    assertThat(authenticate(globex.token())).contains(new Principal.OrganizationKey(globex.organization().id()));
  }

  @Test
  void givenUnknownOrganization_rotate_isEmptyAndStoresNoKey() {
    assertThat(fixture.core().rotateOrganizationKey().rotate(Ids.ORGANIZATION)).isEmpty();

    assertThat(fixture.adapters().tenancy().apiKeys().all()).isEmpty();
  }

  @Test
  void givenGeneratedManagementKey_authenticate_yieldsManagement() {
    var provisioned = fixture.core().provision().provision(new ProvisionUseCase.Command(Optional.empty(), Optional.empty()));

    String managementKey = provisioned.generatedManagementKey().orElseThrow();

    assertThat(managementKey).startsWith("sb_mgmt_");
    assertThat(authenticate(managementKey)).contains(new Principal.ManagementKey());
  }

  @Test
  void givenConfiguredManagementKey_authenticate_yieldsManagement() {
    String configured = "management-key-from-the-environment";
    fixture.core().provision().provision(new ProvisionUseCase.Command(Optional.empty(), Optional.of(configured)));

    assertThat(authenticate(configured)).contains(new Principal.ManagementKey());
  }

  @Test
  void givenResultsWithKeys_toString_hidesTheKeys() {
    Created created = fixture.createOrganization("Acme");
    Rotated rotated = fixture.core().rotateOrganizationKey().rotate(created.organization().id()).orElseThrow();

    assertThat(created.toString()).doesNotContain(created.token());
    assertThat(rotated.toString()).doesNotContain(rotated.token());
  }
}
