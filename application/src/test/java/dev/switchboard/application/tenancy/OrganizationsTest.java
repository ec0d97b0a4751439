package dev.switchboard.application.tenancy;

import static dev.switchboard.application.testing.MessagingFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.in.CreateOrganizationUseCase;
import dev.switchboard.application.port.in.CreateOrganizationUseCase.Result.Created;
import dev.switchboard.application.port.in.CreateOrganizationUseCase.Result.Rejected;
import dev.switchboard.application.port.in.UpdateOrganizationUseCase;
import dev.switchboard.application.port.in.UpdateOrganizationUseCase.Change;
import dev.switchboard.application.query.Filter;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.Operator;
import dev.switchboard.application.query.OrganizationFields;
import dev.switchboard.application.query.Page;
import dev.switchboard.domain.organization.Organization;
import dev.switchboard.domain.organization.OrganizationRules;
import dev.switchboard.domain.testing.Ids;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrganizationsTest {

  private static final URI HOOK = URI.create("https://hooks.example.com/switchboard");

  private final TenancyFixture fixture = TenancyFixture.create();

  private CreateOrganizationUseCase.Result create(String name, Optional<URI> url, Optional<String> secret) {
    return fixture.core().createOrganization().create(new CreateOrganizationUseCase.Command(name, url, secret));
  }

  private UpdateOrganizationUseCase.Result update(
      Organization organization, Optional<String> name, Change<URI> url, Change<String> secret) {
    return fixture.core().updateOrganization()
        .update(new UpdateOrganizationUseCase.Command(organization.id(), name, url, secret));
  }

  // ---- create ----

  @Test
  void givenNameAndWebhook_create_storesTheOrganization() {
    Created created = fixture.createOrganization("  Acme Recruiting ", HOOK, "s3cret");

    Organization organization = created.organization();
    assertThat(organization.name()).isEqualTo("Acme Recruiting");
    assertThat(organization.webhookUrl()).contains(HOOK);
    assertThat(organization.webhookSecret()).contains("s3cret");
    assertThat(organization.createdAt()).isEqualTo(TenancyFixture.START);
    assertThat(organization.updatedAt()).isEqualTo(TenancyFixture.START);
    assertThat(fixture.stored(organization)).isEqualTo(organization);
  }

  @Test
  void givenBlankName_create_isRejectedAndStoresNothing() {
    var result = create("   ", Optional.empty(), Optional.empty());

    assertThat(expect(result, Rejected.class).violation().code()).isEqualTo(OrganizationRules.INVALID_NAME);
    assertThat(fixture.core().listOrganizations().list(ListQuery.firstPage()).totals().orElseThrow().total()).isZero();
    assertThat(fixture.adapters().tenancy().apiKeys().all()).isEmpty();
  }

  @Test
  void givenWebhookUrlThatIsNotHttp_create_isRejected() {
    for (String url : List.of("ftp://example.com/hook", "/relative/hook", "mailto:ops@example.com", "https:///nohost")) {
      var result = create("Acme", Optional.of(URI.create(url)), Optional.empty());

      assertThat(expect(result, Rejected.class).violation().code()).as(url).isEqualTo(OrganizationRules.INVALID_WEBHOOK_URL);
    }
  }

  @Test
  void givenBlankWebhookSecret_create_isRejected() {
    var result = create("Acme", Optional.of(HOOK), Optional.of(" "));

    assertThat(expect(result, Rejected.class).violation().code()).isEqualTo(OrganizationRules.INVALID_WEBHOOK_SECRET);
  }

  // ---- get and list ----

  @Test
  void givenOrganization_get_findsItAndUnknownIdIsEmpty() {
    Organization organization = fixture.createOrganization("Acme").organization();

    assertThat(fixture.core().getOrganization().get(organization.id())).contains(organization);
    assertThat(fixture.core().getOrganization().get(Ids.OTHER_ORGANIZATION)).isEmpty();
  }

  @Test
  void givenThreeOrganizations_list_pagesThemInCreationOrderAndFilters() {
    Organization acme = fixture.createOrganization("Acme").organization();
    fixture.clock().advance(Duration.ofSeconds(1));
    Organization globex = fixture.createOrganization("Globex").organization();
    fixture.clock().advance(Duration.ofSeconds(1));
    Organization initech = fixture.createOrganization("Initech").organization();

    Page<Organization> all = fixture.core().listOrganizations().list(ListQuery.firstPage());
    Page<Organization> named = fixture.core().listOrganizations().list(
        ListQuery.<Organization>firstPage().withFilter(new Filter<>(OrganizationFields.NAME, Operator.PREFIX, List.of("G"))));

    assertThat(all.items()).containsExactly(acme, globex, initech);
    assertThat(all.totals().orElseThrow().total()).isEqualTo(3);
    assertThat(named.items()).containsExactly(globex);
    assertThat(named.totals().orElseThrow().totalUnfiltered()).isEqualTo(3);
  }

  // ---- update ----

  @Test
  void givenWebhookSet_update_setsItAndStampsUpdatedAt() {
    Organization organization = fixture.createOrganization("Acme").organization();
    Instant later = fixture.clock().advance(Duration.ofMinutes(5));

    var result = update(organization, Optional.empty(), Change.set(HOOK), Change.set("s3cret"));

    Organization updated = expect(result, UpdateOrganizationUseCase.Result.Updated.class).organization();
    assertThat(updated.webhookUrl()).contains(HOOK);
    assertThat(updated.webhookSecret()).contains("s3cret");
    assertThat(updated.name()).isEqualTo("Acme");
    assertThat(updated.createdAt()).isEqualTo(TenancyFixture.START);
    assertThat(updated.updatedAt()).isEqualTo(later);
    assertThat(fixture.stored(organization)).isEqualTo(updated);
  }

  @Test
  void givenWebhookCleared_update_clearsOnlyWhatWasCleared() {
    Organization organization = fixture.createOrganization("Acme", HOOK, "s3cret").organization();

    var result = update(organization, Optional.empty(), Change.cleared(), Change.unchanged());

    Organization updated = expect(result, UpdateOrganizationUseCase.Result.Updated.class).organization();
    assertThat(updated.webhookUrl()).isEmpty();
    assertThat(updated.webhookSecret()).contains("s3cret");
  }

  @Test
  void givenNewName_update_renamesAndLeavesTheWebhookAlone() {
    Organization organization = fixture.createOrganization("Acme", HOOK, "s3cret").organization();

    var result = update(organization, Optional.of("Acme B.V."), Change.unchanged(), Change.unchanged());

    Organization updated = expect(result, UpdateOrganizationUseCase.Result.Updated.class).organization();
    assertThat(updated.name()).isEqualTo("Acme B.V.");
    assertThat(updated.webhookUrl()).contains(HOOK);
    assertThat(updated.webhookSecret()).contains("s3cret");
  }

  @Test
  void givenNothingChanged_update_keepsUpdatedAt() {
    Organization organization = fixture.createOrganization("Acme", HOOK, "s3cret").organization();
    fixture.clock().advance(Duration.ofMinutes(5));

    var result = update(organization, Optional.of("Acme"), Change.set(HOOK), Change.unchanged());

    assertThat(expect(result, UpdateOrganizationUseCase.Result.Updated.class).organization()).isEqualTo(organization);
  }

  @Test
  void givenNonHttpWebhookUrlOrBlankName_update_isRejectedAndChangesNothing() {
    Organization organization = fixture.createOrganization("Acme").organization();

    var badUrl = update(organization, Optional.empty(), Change.set(URI.create("ftp://example.com/x")), Change.unchanged());
    var badName = update(organization, Optional.of(""), Change.unchanged(), Change.unchanged());

    assertThat(expect(badUrl, UpdateOrganizationUseCase.Result.Rejected.class).violation().code())
        .isEqualTo(OrganizationRules.INVALID_WEBHOOK_URL);
    assertThat(expect(badName, UpdateOrganizationUseCase.Result.Rejected.class).violation().code())
        .isEqualTo(OrganizationRules.INVALID_NAME);
    assertThat(fixture.stored(organization)).isEqualTo(organization);
  }

  @Test
  void givenUnknownOrganization_update_isNotFound() {
    var result = fixture.core().updateOrganization().update(new UpdateOrganizationUseCase.Command(
        Ids.ORGANIZATION, Optional.of("Ghost"), Change.unchanged(), Change.unchanged()));

    assertThat(result).isInstanceOf(UpdateOrganizationUseCase.Result.NotFound.class);
  }

  @Test
  void givenChanges_applyTo_followsTheTriState() {
    Optional<String> current = Optional.of("old");

    assertThat(Change.<String>unchanged().applyTo(current)).contains("old");
    assertThat(Change.<String>cleared().applyTo(current)).isEmpty();
    assertThat(Change.set("new").applyTo(current)).contains("new");
    assertThat(Change.set("new").applyTo(Optional.empty())).contains("new");
  }
}
