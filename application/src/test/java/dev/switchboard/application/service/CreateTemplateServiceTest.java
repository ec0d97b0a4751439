package dev.switchboard.application.service;

import static dev.switchboard.application.testing.MessagingFixture.body;
import static dev.switchboard.application.testing.MessagingFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.in.CreateTemplateUseCase.Command;
import dev.switchboard.application.port.in.CreateTemplateUseCase.Result;
import dev.switchboard.application.port.out.ChangeEvent;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.testing.MessagingFixture;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.template.ComponentType;
import dev.switchboard.domain.template.MessageTemplate;
import dev.switchboard.domain.template.TemplateCategory;
import dev.switchboard.domain.template.TemplateComponent;
import dev.switchboard.domain.template.TemplateStatus;
import dev.switchboard.domain.testing.Ids;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreateTemplateServiceTest {

  private static final OrganizationId ORGANIZATION = Ids.ORGANIZATION;
  private static final TemplateComponent HEADER = new TemplateComponent(ComponentType.HEADER, "Interview at {{1}}");
  private static final TemplateComponent BODY = body("Hi {{1}}, your interview is on {{2}}.");

  private final MessagingFixture fixture = MessagingFixture.create();

  private Result create(OrganizationId organization, String name, String language, List<TemplateComponent> components) {
    return fixture.core().createTemplate().create(new Command(
        organization, name, language, TemplateCategory.UTILITY, components, TemplateStatus.APPROVED));
  }

  private long storedTemplates(OrganizationId organization) {
    return fixture.adapters().templates().list(organization, ListQuery.firstPage()).totals().orElseThrow().total();
  }

  @Test
  void givenValidTemplate_create_storesItWithItsComponentsAndStatus() {
    Result result = create(ORGANIZATION, "interview_invite", "en", List.of(HEADER, BODY));

    MessageTemplate created = expect(result, Result.Created.class).template();
    assertThat(fixture.core().getTemplate().get(ORGANIZATION, created.id())).contains(created);
    assertThat(created.name()).isEqualTo("interview_invite");
    assertThat(created.language()).isEqualTo("en");
    assertThat(created.components()).containsExactly(HEADER, BODY);
    assertThat(created.status()).isEqualTo(TemplateStatus.APPROVED);
    assertThat(created.createdAt()).isEqualTo(fixture.now());
  }

  @Test
  void givenValidTemplate_create_recordsCreateEvent() {
    Result result = create(ORGANIZATION, "interview_invite", "en", List.of(BODY));

    MessageTemplate created = expect(result, Result.Created.class).template();
    assertThat(fixture.events()).singleElement().satisfies(event -> {
      assertThat(event.kind()).isEqualTo(ChangeEvent.Kind.CREATE);
      assertThat(event.resource()).isEqualTo(new ChangeEvent.Resource.TemplateState(created));
    });
  }

  @Test
  void givenTemplateOfThatNameAndLanguage_create_isNameTakenAndStoresNothingMore() {
    create(ORGANIZATION, "interview_invite", "en", List.of(BODY));

    Result result = create(ORGANIZATION, "interview_invite", "en", List.of(body("Something else")));

    assertThat(result).isEqualTo(new Result.NameTaken());
    assertThat(storedTemplates(ORGANIZATION)).isEqualTo(1);
    assertThat(fixture.events()).hasSize(1);
  }

  @Test
  void givenTemplateOfThatName_createInAnotherLanguage_isAllowed() {
    create(ORGANIZATION, "interview_invite", "en", List.of(BODY));

    Result result = create(ORGANIZATION, "interview_invite", "nl", List.of(body("Hoi {{1}}, je gesprek is op {{2}}.")));

    assertThat(result).isInstanceOf(Result.Created.class);
    assertThat(storedTemplates(ORGANIZATION)).isEqualTo(2);
  }

  @Test
  void givenTemplateOfThatNameInAnotherOrganization_create_isAllowed() {
    create(Ids.OTHER_ORGANIZATION, "interview_invite", "en", List.of(BODY));

    Result result = create(ORGANIZATION, "interview_invite", "en", List.of(BODY));

    assertThat(result).isInstanceOf(Result.Created.class);
  }

  @Test
  void givenNoBodyComponent_create_isRejectedAndStoresNothing() {
    Result result = create(ORGANIZATION, "header_only", "en", List.of(HEADER));

    assertThat(expect(result, Result.Rejected.class).violation().code()).isEqualTo("invalid_template");
    assertThat(storedTemplates(ORGANIZATION)).isZero();
    assertThat(fixture.events()).isEmpty();
  }

  @Test
  void givenPlaceholdersWithAGap_create_isRejected() {
    Result result = create(ORGANIZATION, "gap", "en", List.of(body("Hi {{1}}, see you {{3}}")));

    assertThat(expect(result, Result.Rejected.class).violation().reason()).contains("without gaps");
  }

  @Test
  void givenBlankName_create_isRejected() {
    Result result = create(ORGANIZATION, " ", "en", List.of(BODY));

    assertThat(expect(result, Result.Rejected.class).violation().reason()).contains("name");
    assertThat(storedTemplates(ORGANIZATION)).isZero();
  }
}
