package dev.switchboard.application.tenancy;

import static dev.switchboard.application.testing.MessagingFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.in.CreateOrganizationUseCase.Result.Created;
import dev.switchboard.application.port.in.CreateTemplateUseCase;
import dev.switchboard.application.port.in.CreateThreadUseCase;
import dev.switchboard.application.port.in.DeleteResult;
import dev.switchboard.application.port.in.SendMessageUseCase;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.service.TenancyCore;
import dev.switchboard.application.service.TenancyPorts;
import dev.switchboard.application.testing.MessagingFixture;
import dev.switchboard.application.testing.SequentialIdSource;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.TextPayload;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.template.TemplateCategory;
import dev.switchboard.domain.template.TemplateStatus;
import dev.switchboard.domain.testing.Ids;
import dev.switchboard.domain.thread.MessageThread;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeleteOrganizationTest {

  private final TenancyFixture fixture = TenancyFixture.create();

  /** A thread with one message waiting for delivery, a template and a used idempotency key. */
  private Message populate(OrganizationId organization) {
    MessageThread thread = expect(
            fixture.messaging().createThread().create(new CreateThreadUseCase.Command(
                organization, Channel.SMS, MessagingFixture.PHONE, false, Optional.empty())),
            CreateThreadUseCase.Result.Created.class)
        .thread();
    Message message = expect(
            fixture.messaging().sendMessage().send(SendMessageUseCase.Command.of(
                organization, thread.id(), MessagingFixture.SEND_BY, new TextPayload("Hello"))),
            SendMessageUseCase.Result.Accepted.class)
        .message();
    expect(
        fixture.messaging().createTemplate().create(new CreateTemplateUseCase.Command(
            organization,
            "welcome",
            "en",
            TemplateCategory.UTILITY,
            List.of(MessagingFixture.body("Welcome!")),
            TemplateStatus.APPROVED)),
        CreateTemplateUseCase.Result.Created.class);
    fixture.core().idempotency().begin(organization, "key-1", "POST /messages #1");
    return message;
  }

  private long threads(OrganizationId organization) {
    return fixture.adapters().threads().list(organization, ListQuery.firstPage()).totals().orElseThrow().total();
  }

  private long messages(OrganizationId organization) {
    return fixture.adapters().messages().list(organization, ListQuery.firstPage()).totals().orElseThrow().total();
  }

  private long templates(OrganizationId organization) {
    return fixture.adapters().templates().list(organization, ListQuery.firstPage()).totals().orElseThrow().total();
  }

  @Test
  void givenOrganizationWithData_delete_removesItsThreadsMessagesTemplatesJobsKeysAndIdempotencyKeys() {
    Created doomed = fixture.createOrganization("Doomed");
    OrganizationId id = doomed.organization().id();
    populate(id);

    DeleteResult result = fixture.core().deleteOrganization().delete(id);

    assertThat(result).isEqualTo(DeleteResult.DELETED);
    assertThat(fixture.core().getOrganization().get(id)).isEmpty();
    assertThat(threads(id)).isZero();
    assertThat(messages(id)).isZero();
    assertThat(templates(id)).isZero();
    assertThat(fixture.adapters().deliveryQueue().size()).isZero();
    assertThat(fixture.adapters().tenancy().idempotency().find(id, "key-1")).isEmpty();
    assertThat(fixture.adapters().tenancy().apiKeys().all()).isEmpty();
    assertThat(fixture.core().authenticate().authenticate(doomed.token())).isEmpty();
  }

  @Test
  void givenTwoOrganizations_delete_leavesTheOtherOneIntact() {
    OrganizationId doomed = fixture.createOrganization("Doomed").organization().id();
    Created kept = fixture.createOrganization("Kept");
    OrganizationId keptId = kept.organization().id();
    populate(doomed);
    Message keptMessage = populate(keptId);

    fixture.core().deleteOrganization().delete(doomed);

    assertThat(fixture.core().getOrganization().get(keptId)).contains(kept.organization());
    assertThat(threads(keptId)).isEqualTo(1);
    assertThat(messages(keptId)).isEqualTo(1);
    assertThat(templates(keptId)).isEqualTo(1);
    assertThat(fixture.adapters().deliveryQueue().size()).isEqualTo(1);
    assertThat(fixture.adapters().messages().findById(keptId, keptMessage.id())).isPresent();
    assertThat(fixture.adapters().tenancy().idempotency().find(keptId, "key-1")).isPresent();
    assertThat(fixture.core().authenticate().authenticate(kept.token())).isPresent();
  }

  @Test
  void givenManyThreads_delete_erasesBeyondOnePage() {
    OrganizationId id = fixture.createOrganization("Busy").organization().id();
    for (int i = 0; i < 230; i++) {
      fixture.messaging().createThread().create(new CreateThreadUseCase.Command(
          id, Channel.EMAIL, "person" + i + "@example.com", false, Optional.empty()));
    }

    fixture.core().deleteOrganization().delete(id);

    assertThat(threads(id)).isZero();
  }

  @Test
  void givenUnknownOrganization_delete_isNotFound() {
    assertThat(fixture.core().deleteOrganization().delete(Ids.ORGANIZATION)).isEqualTo(DeleteResult.NOT_FOUND);
  }

  @Test
  void givenEraserFails_delete_rollsEverythingBack() {
    Created created = fixture.createOrganization("Acme");
    OrganizationId id = created.organization().id();
    populate(id);
    var ports = TenancyFixture.ports(fixture.adapters(), kind -> "unused", fixture.clock(), new SequentialIdSource());
    var failing = TenancyCore.create(new TenancyPorts(
        ports.organizations(),
        ports.apiKeys(),
        ports.idempotency(),
        organization -> {
          fixture.adapters().tenancy().organizationData().eraseAll(organization);
          throw new IllegalStateException("disk on fire");
        },
        ports.secrets(),
        ports.transactions(),
        ports.clock(),
        ports.ids()));

    assertThatThrownBy(() -> failing.deleteOrganization().delete(id)).hasMessage("disk on fire");

    assertThat(fixture.core().getOrganization().get(id)).contains(created.organization());
    assertThat(threads(id)).isEqualTo(1);
    assertThat(messages(id)).isEqualTo(1);
    assertThat(templates(id)).isEqualTo(1);
    assertThat(fixture.adapters().deliveryQueue().size()).isEqualTo(1);
    assertThat(fixture.core().authenticate().authenticate(created.token())).isPresent();
  }
}
