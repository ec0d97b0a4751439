package dev.switchboard.application.service;

import static dev.switchboard.application.testing.MessagingFixture.body;
import static dev.switchboard.application.testing.MessagingFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.in.DeleteResult;
import dev.switchboard.application.port.in.SendMessageUseCase;
import dev.switchboard.application.port.out.ChangeEvent;
import dev.switchboard.application.query.Filter;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.Operator;
import dev.switchboard.application.query.Page;
import dev.switchboard.application.query.PageRequest;
import dev.switchboard.application.query.Sort;
import dev.switchboard.application.query.TemplateFields;
import dev.switchboard.application.testing.MessagingFixture;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.TemplatePayload;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.template.ComponentType;
import dev.switchboard.domain.template.MessageTemplate;
import dev.switchboard.domain.template.TemplateId;
import dev.switchboard.domain.template.TemplateStatus;
import dev.switchboard.domain.testing.Ids;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Get, list and delete of templates. */
class DeleteTemplateServiceTest {

  private static final OrganizationId ORGANIZATION = Ids.ORGANIZATION;

  private final MessagingFixture fixture = MessagingFixture.create();

  private MessageTemplate template(String name, TemplateStatus status) {
    return fixture.createTemplate(ORGANIZATION, name, "en", status, body("Hello {{1}}"));
  }

  @Test
  void givenTemplate_get_returnsItOnlyToItsOrganization() {
    MessageTemplate created = template("welcome", TemplateStatus.APPROVED);

    var own = fixture.core().getTemplate().get(ORGANIZATION, created.id());
    var foreign = fixture.core().getTemplate().get(Ids.OTHER_ORGANIZATION, created.id());

    assertThat(own).contains(created);
    assertThat(foreign).isEmpty();
  }

  @Test
  void givenTemplates_listSortedByName_returnsTheOrganizationsTemplatesInOrder() {
    MessageTemplate welcome = template("welcome", TemplateStatus.APPROVED);
    MessageTemplate apology = template("apology", TemplateStatus.PENDING);
    fixture.createTemplate(Ids.OTHER_ORGANIZATION, "foreign", "en", TemplateStatus.APPROVED, body("Hi"));

    Page<MessageTemplate> page = fixture.core().listTemplates().list(ORGANIZATION, new ListQuery<>(
        List.of(), List.of(new Sort<>(TemplateFields.NAME, false)), new PageRequest.Numbered(1, 25)));

    assertThat(page.items()).containsExactly(apology, welcome);
    assertThat(page.totals().orElseThrow().totalUnfiltered()).isEqualTo(2);
  }

  @Test
  void givenTemplates_filterByStatus_listsTheMatchingOnes() {
    template("welcome", TemplateStatus.APPROVED);
    MessageTemplate pending = template("apology", TemplateStatus.PENDING);

    Page<MessageTemplate> page = fixture.core().listTemplates().list(ORGANIZATION, ListQuery.<MessageTemplate>firstPage()
        .withFilter(Filter.of(TemplateFields.STATUS, Operator.EQ, List.of("pending"))));

    assertThat(page.items()).containsExactly(pending);
    assertThat(page.totals().orElseThrow().total()).isEqualTo(1);
  }

  @Test
  void givenTemplate_delete_removesItAndRecordsDeleteEvent() {
    MessageTemplate created = template("welcome", TemplateStatus.APPROVED);
    int eventsBefore = fixture.events().size();

    DeleteResult result = fixture.core().deleteTemplate().delete(ORGANIZATION, created.id());

    assertThat(result).isEqualTo(DeleteResult.DELETED);
    assertThat(fixture.core().getTemplate().get(ORGANIZATION, created.id())).isEmpty();
    assertThat(fixture.eventsSince(eventsBefore)).singleElement().satisfies(event -> {
      assertThat(event.kind()).isEqualTo(ChangeEvent.Kind.DELETE);
      assertThat(event.resource()).isEqualTo(new ChangeEvent.Resource.TemplateState(created));
    });
  }

  @Test
  void givenDeletedTemplate_createTheSameNameAgain_isAllowed() {
    MessageTemplate created = template("welcome", TemplateStatus.APPROVED);
    fixture.core().deleteTemplate().delete(ORGANIZATION, created.id());

    MessageTemplate recreated = template("welcome", TemplateStatus.APPROVED);

    assertThat(recreated.id()).isNotEqualTo(created.id());
  }

  @Test
  void givenTemplateOfAnotherOrganization_delete_isNotFoundAndKeepsIt() {
    MessageTemplate foreign =
        fixture.createTemplate(Ids.OTHER_ORGANIZATION, "welcome", "en", TemplateStatus.APPROVED, body("Hi"));

    DeleteResult result = fixture.core().deleteTemplate().delete(ORGANIZATION, foreign.id());

    assertThat(result).isEqualTo(DeleteResult.NOT_FOUND);
    assertThat(fixture.core().getTemplate().get(Ids.OTHER_ORGANIZATION, foreign.id())).contains(foreign);
  }

  @Test
  void givenUnknownTemplate_delete_isNotFound() {
    TemplateId unknown = new TemplateId(UUID.fromString("00000000-0000-7000-8000-0000000fffff"));

    DeleteResult result = fixture.core().deleteTemplate().delete(ORGANIZATION, unknown);

    assertThat(result).isEqualTo(DeleteResult.NOT_FOUND);
  }

  @Test
  void givenSentTemplateMessage_deleteTemplate_keepsTheMessageAndItsPayload() {
    MessageTemplate created = template("welcome", TemplateStatus.APPROVED);
    TemplatePayload payload =
        new TemplatePayload(created.id(), List.of(new TemplatePayload.Parameters(ComponentType.BODY, List.of("Jane"))));
    Message sent = fixture.send(fixture.whatsappThread(ORGANIZATION), payload);
    fixture.core().dispatchDeliveries().dispatchDue();

    fixture.core().deleteTemplate().delete(ORGANIZATION, created.id());

    assertThat(fixture.storedMessage(sent).payload()).isEqualTo(payload);
  }

  @Test
  void givenDeletedTemplate_sendWithIt_isTemplateNotFound() {
    MessageTemplate created = template("welcome", TemplateStatus.APPROVED);
    fixture.core().deleteTemplate().delete(ORGANIZATION, created.id());
    var thread = fixture.whatsappThread(ORGANIZATION);

    var result = fixture.core().sendMessage().send(SendMessageUseCase.Command.of(
        ORGANIZATION, thread.id(), "rita", new TemplatePayload(created.id(), List.of())));

    assertThat(expect(result, SendMessageUseCase.Result.TemplateNotFound.class).templateId()).isEqualTo(created.id());
  }
}
