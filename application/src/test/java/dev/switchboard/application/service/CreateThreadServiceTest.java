package dev.switchboard.application.service;

import static dev.switchboard.application.testing.MessagingFixture.EMAIL;
import static dev.switchboard.application.testing.MessagingFixture.PHONE;
import static dev.switchboard.application.testing.MessagingFixture.PHONE_CANONICAL;
import static dev.switchboard.application.testing.MessagingFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.in.CreateThreadUseCase.Command;
import dev.switchboard.application.port.in.CreateThreadUseCase.Result;
import dev.switchboard.application.port.out.ChangeEvent;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.testing.MessagingFixture;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.testing.Ids;
import dev.switchboard.domain.thread.MessageThread;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreateThreadServiceTest {

  private static final OrganizationId ORGANIZATION = Ids.ORGANIZATION;

  private final MessagingFixture fixture = MessagingFixture.create();

  private Result create(OrganizationId organization, Channel channel, String identifier) {
    return fixture.core().createThread()
        .create(new Command(organization, channel, identifier, false, Optional.empty()));
  }

  private long storedThreads(OrganizationId organization) {
    return fixture.adapters().threads().list(organization, ListQuery.firstPage()).totals().orElseThrow().total();
  }

  @Test
  void givenInternationalNumberWithSpaces_create_storesTheDigitsOnly() {
    Result result = create(ORGANIZATION, Channel.WHATSAPP, "+31 6 1234 5678");

    MessageThread created = expect(result, Result.Created.class).thread();
    assertThat(created.identifier().value()).isEqualTo("31612345678");
    assertThat(fixture.storedThread(created)).isEqualTo(created);
    assertThat(created.organizationId()).isEqualTo(ORGANIZATION);
    assertThat(created.channel()).isEqualTo(Channel.WHATSAPP);
    assertThat(created.chatbotPaused()).isFalse();
    assertThat(created.candidateId()).isEmpty();
    assertThat(created.createdAt()).isEqualTo(fixture.now());
    assertThat(created.lastInboundAt()).isEmpty();
  }

  @Test
  void givenNewThread_create_recordsOneCreateEventWithTheThread() {
    Result result = create(ORGANIZATION, Channel.SMS, PHONE);

    MessageThread created = expect(result, Result.Created.class).thread();
    assertThat(fixture.events()).singleElement().satisfies(event -> {
      assertThat(event.kind()).isEqualTo(ChangeEvent.Kind.CREATE);
      assertThat(event.organizationId()).isEqualTo(ORGANIZATION);
      assertThat(event.resource()).isEqualTo(new ChangeEvent.Resource.ThreadState(created));
      assertThat(event.changedFields()).isEmpty();
      assertThat(event.occurredAt()).isEqualTo(fixture.now());
    });
  }

  @Test
  void givenEmailAddressWithUpperCaseDomain_create_storesTheDomainLowerCased() {
    Result result = create(ORGANIZATION, Channel.EMAIL, "  Jane.Doe@Example.COM ");

    MessageThread created = expect(result, Result.Created.class).thread();
    assertThat(created.identifier().value()).isEqualTo("Jane.Doe@example.com");
  }

  @Test
  void givenNationalNumber_create_isInvalidIdentifierForTheMissingCountryCode() {
    Result result = create(ORGANIZATION, Channel.WHATSAPP, "06 1234 5678");

    var invalid = expect(result, Result.InvalidIdentifier.class);
    assertThat(invalid.violation().code()).isEqualTo("invalid_phone_number");
    assertThat(invalid.violation().reason()).contains("country code");
  }

  @Test
  void givenNationalNumber_create_storesNothingAndRecordsNoEvent() {
    create(ORGANIZATION, Channel.SMS, "0612345678");

    assertThat(storedThreads(ORGANIZATION)).isZero();
    assertThat(fixture.events()).isEmpty();
  }

  @Test
  void givenPhoneNumberOnEmailChannel_create_isInvalidIdentifier() {
    Result result = create(ORGANIZATION, Channel.EMAIL, PHONE);

    assertThat(expect(result, Result.InvalidIdentifier.class).violation().code()).isEqualTo("invalid_email_address");
    assertThat(storedThreads(ORGANIZATION)).isZero();
  }

  @Test
  void givenThreadForTheNumber_createWithAnotherSpelling_isIdentifierTakenByTheExistingThread() {
    MessageThread existing = fixture.whatsappThread(ORGANIZATION);
    int eventsBefore = fixture.events().size();

    Result result = create(ORGANIZATION, Channel.WHATSAPP, "0031 6-1234-5678");

    assertThat(result).isEqualTo(new Result.IdentifierTaken(existing.id()));
    assertThat(storedThreads(ORGANIZATION)).isEqualTo(1);
    assertThat(fixture.eventsSince(eventsBefore)).isEmpty();
  }

  @Test
  void givenWhatsappThreadForTheNumber_createOnSms_isAllowed() {
    MessageThread whatsapp = fixture.whatsappThread(ORGANIZATION);

    Result result = create(ORGANIZATION, Channel.SMS, PHONE);

    MessageThread sms = expect(result, Result.Created.class).thread();
    assertThat(sms.id()).isNotEqualTo(whatsapp.id());
    assertThat(sms.identifier()).isEqualTo(whatsapp.identifier());
    assertThat(storedThreads(ORGANIZATION)).isEqualTo(2);
  }

  @Test
  void givenThreadForTheNumberInAnotherOrganization_create_isAllowed() {
    fixture.whatsappThread(Ids.OTHER_ORGANIZATION);

    Result result = create(ORGANIZATION, Channel.WHATSAPP, PHONE);

    MessageThread created = expect(result, Result.Created.class).thread();
    assertThat(created.identifier().value()).isEqualTo(PHONE_CANONICAL);
    assertThat(storedThreads(ORGANIZATION)).isEqualTo(1);
    assertThat(storedThreads(Ids.OTHER_ORGANIZATION)).isEqualTo(1);
  }

  @Test
  void givenCandidateAndPausedChatbot_create_storesBoth() {
    Command command = new Command(ORGANIZATION, Channel.EMAIL, EMAIL, true, Optional.of(Ids.CANDIDATE));

    Result result = fixture.core().createThread().create(command);

    MessageThread created = expect(result, Result.Created.class).thread();
    MessageThread stored = fixture.storedThread(created);
    assertThat(stored.candidateId()).contains(Ids.CANDIDATE);
    assertThat(stored.chatbotPaused()).isTrue();
  }

  @Test
  void givenCreatedThread_getThread_findsItOnlyInItsOwnOrganization() {
    MessageThread created = fixture.smsThread(ORGANIZATION);

    var own = fixture.core().getThread().get(ORGANIZATION, created.id());
    var foreign = fixture.core().getThread().get(Ids.OTHER_ORGANIZATION, created.id());

    assertThat(own).contains(created);
    assertThat(foreign).isEmpty();
  }
}
