package dev.switchboard.application.service;

import static dev.switchboard.application.testing.MessagingFixture.OTHER_PHONE;
import static dev.switchboard.application.testing.MessagingFixture.OTHER_PHONE_CANONICAL;
import static dev.switchboard.application.testing.MessagingFixture.PHONE_CANONICAL;
import static dev.switchboard.application.testing.MessagingFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.in.UpdateThreadUseCase.Command;
import dev.switchboard.application.port.in.UpdateThreadUseCase.Result;
import dev.switchboard.application.port.out.ChangeEvent;
import dev.switchboard.application.testing.MessagingFixture;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.testing.Ids;
import dev.switchboard.domain.thread.CandidateId;
import dev.switchboard.domain.thread.MessageThread;
import dev.switchboard.domain.thread.ThreadId;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UpdateThreadServiceTest {

  private static final OrganizationId ORGANIZATION = Ids.ORGANIZATION;

  private final MessagingFixture fixture = MessagingFixture.create();
  private final MessageThread thread = fixture.whatsappThread(ORGANIZATION);
  private final int eventsBefore = fixture.events().size();

  private Result update(ThreadId id, Optional<String> identifier, Optional<Boolean> paused, Optional<CandidateId> candidate) {
    return fixture.core().updateThread().update(new Command(ORGANIZATION, id, identifier, paused, candidate));
  }

  private Result changeIdentifier(String identifier) {
    return update(thread.id(), Optional.of(identifier), Optional.empty(), Optional.empty());
  }

  private Result assignCandidate(CandidateId candidate) {
    return update(thread.id(), Optional.empty(), Optional.empty(), Optional.of(candidate));
  }

  @Test
  void givenThread_changeIdentifier_storesTheNewNumberCanonically() {
    fixture.clock().advance(Duration.ofMinutes(5));

    Result result = changeIdentifier(OTHER_PHONE);

    MessageThread updated = expect(result, Result.Updated.class).thread();
    assertThat(updated.identifier().value()).isEqualTo(OTHER_PHONE_CANONICAL);
    assertThat(fixture.storedThread(thread)).isEqualTo(updated);
    assertThat(updated.updatedAt()).isEqualTo(fixture.now());
    assertThat(updated.createdAt()).isEqualTo(thread.createdAt());
  }

  @Test
  void givenThread_changeIdentifier_recordsUpdateEventListingTheIdentifier() {
    Result result = changeIdentifier(OTHER_PHONE);

    MessageThread updated = expect(result, Result.Updated.class).thread();
    assertThat(fixture.eventsSince(eventsBefore)).singleElement().satisfies(event -> {
      assertThat(event.kind()).isEqualTo(ChangeEvent.Kind.UPDATE);
      assertThat(event.changedFields()).containsExactly("identifier");
      assertThat(event.resource()).isEqualTo(new ChangeEvent.Resource.ThreadState(updated));
    });
  }

  @Test
  void givenThread_pauseChatbot_storesTheFlagAndListsIt() {
    Result result = update(thread.id(), Optional.empty(), Optional.of(true), Optional.empty());

    assertThat(expect(result, Result.Updated.class).thread().chatbotPaused()).isTrue();
    assertThat(fixture.storedThread(thread).chatbotPaused()).isTrue();
    assertThat(fixture.eventsSince(eventsBefore)).singleElement()
        .satisfies(event -> assertThat(event.changedFields()).containsExactly("chatbotPaused"));
  }

  @Test
  void givenThreadWithoutCandidate_assignCandidate_tiesItAndListsIt() {
    Result result = assignCandidate(Ids.CANDIDATE);

    assertThat(expect(result, Result.Updated.class).thread().candidateId()).contains(Ids.CANDIDATE);
    assertThat(fixture.storedThread(thread).candidateId()).contains(Ids.CANDIDATE);
    assertThat(fixture.eventsSince(eventsBefore)).singleElement()
        .satisfies(event -> assertThat(event.changedFields()).containsExactly("candidateId"));
  }

  @Test
  void givenThreadWithCandidate_assignAnotherCandidate_isCandidateAlreadyAssigned() {
    assignCandidate(Ids.CANDIDATE);

    Result result = assignCandidate(Ids.OTHER_CANDIDATE);

    assertThat(result).isEqualTo(new Result.CandidateAlreadyAssigned(Ids.CANDIDATE));
    assertThat(fixture.storedThread(thread).candidateId()).contains(Ids.CANDIDATE);
  }

  @Test
  void givenThreadWithCandidate_assignAnotherCandidateWithOtherChanges_changesNothingAtAll() {
    MessageThread withCandidate = expect(assignCandidate(Ids.CANDIDATE), Result.Updated.class).thread();
    int eventsAfterAssignment = fixture.events().size();
    fixture.clock().advance(Duration.ofMinutes(1));

    Result result = update(thread.id(), Optional.of(OTHER_PHONE), Optional.of(true), Optional.of(Ids.OTHER_CANDIDATE));

    assertThat(result).isInstanceOf(Result.CandidateAlreadyAssigned.class);
    assertThat(fixture.storedThread(thread)).isEqualTo(withCandidate);
    assertThat(fixture.storedThread(thread).identifier().value()).isEqualTo(PHONE_CANONICAL);
    assertThat(fixture.storedThread(thread).chatbotPaused()).isFalse();
    assertThat(fixture.eventsSince(eventsAfterAssignment)).isEmpty();
  }

  @Test
  void givenThreadWithCandidate_assignTheSameCandidateAgain_isUpdatedWithoutEvent() {
    MessageThread withCandidate = expect(assignCandidate(Ids.CANDIDATE), Result.Updated.class).thread();
    int eventsAfterAssignment = fixture.events().size();
    fixture.clock().advance(Duration.ofMinutes(1));

    Result result = assignCandidate(Ids.CANDIDATE);

    assertThat(result).isEqualTo(new Result.Updated(withCandidate));
    assertThat(fixture.storedThread(thread)).isEqualTo(withCandidate);
    assertThat(fixture.eventsSince(eventsAfterAssignment)).isEmpty();
  }

  @Test
  void givenAnotherThreadWithTheNumber_changeIdentifierToIt_isIdentifierTakenAndNothingChanges() {
    MessageThread other = fixture.createThread(ORGANIZATION, Channel.WHATSAPP, OTHER_PHONE);
    int eventsAfterSetup = fixture.events().size();

    Result result = changeIdentifier("0031687654321");

    assertThat(result).isEqualTo(new Result.IdentifierTaken(other.id()));
    assertThat(fixture.storedThread(thread)).isEqualTo(thread);
    assertThat(fixture.storedThread(other)).isEqualTo(other);
    assertThat(fixture.eventsSince(eventsAfterSetup)).isEmpty();
  }

  @Test
  void givenNumberUsedOnAnotherChannel_changeIdentifierToIt_isAllowed() {
    fixture.createThread(ORGANIZATION, Channel.SMS, OTHER_PHONE);

    Result result = changeIdentifier(OTHER_PHONE);

    assertThat(expect(result, Result.Updated.class).thread().identifier().value()).isEqualTo(OTHER_PHONE_CANONICAL);
  }

  @Test
  void givenThread_changeIdentifierToNationalNumber_isInvalidAndNothingChanges() {
    Result result = changeIdentifier("06 8765 4321");

    assertThat(expect(result, Result.InvalidIdentifier.class).violation().reason()).contains("country code");
    assertThat(fixture.storedThread(thread)).isEqualTo(thread);
    assertThat(fixture.eventsSince(eventsBefore)).isEmpty();
  }

  @Test
  void givenUnknownThreadId_update_isNotFound() {
    ThreadId unknown = new ThreadId(UUID.fromString("00000000-0000-7000-8000-0000000fffff"));

    Result result = update(unknown, Optional.empty(), Optional.of(true), Optional.empty());

    assertThat(result).isEqualTo(new Result.NotFound());
    assertThat(fixture.eventsSince(eventsBefore)).isEmpty();
  }

  @Test
  void givenThreadOfAnotherOrganization_update_isNotFoundAndLeavesItAlone() {
    MessageThread foreign = fixture.smsThread(Ids.OTHER_ORGANIZATION);
    int eventsAfterSetup = fixture.events().size();

    Result result = update(foreign.id(), Optional.of(OTHER_PHONE), Optional.of(true), Optional.of(Ids.CANDIDATE));

    assertThat(result).isEqualTo(new Result.NotFound());
    assertThat(fixture.storedThread(foreign)).isEqualTo(foreign);
    assertThat(fixture.eventsSince(eventsAfterSetup)).isEmpty();
  }

  @Test
  void givenThread_changeEverythingAtOnce_listsEveryChangedField() {
    Result result = update(thread.id(), Optional.of(OTHER_PHONE), Optional.of(true), Optional.of(Ids.CANDIDATE));

    assertThat(result).isInstanceOf(Result.Updated.class);
    assertThat(fixture.eventsSince(eventsBefore)).singleElement()
        .satisfies(event -> assertThat(event.changedFields())
            .containsExactlyInAnyOrder("identifier", "chatbotPaused", "candidateId"));
  }

  @Test
  void givenThread_updateWithTheValuesItHas_isUpdatedWithoutEventOrNewTimestamp() {
    fixture.clock().advance(Duration.ofMinutes(5));

    Result result = update(thread.id(), Optional.of("0031 6 12345678"), Optional.of(false), Optional.empty());

    assertThat(result).isEqualTo(new Result.Updated(thread));
    assertThat(fixture.storedThread(thread).updatedAt()).isEqualTo(thread.updatedAt());
    assertThat(fixture.eventsSince(eventsBefore)).isEmpty();
  }

  @Test
  void givenThread_updateWithNoFields_recordsNoEvent() {
    Result result = update(thread.id(), Optional.empty(), Optional.empty(), Optional.empty());

    assertThat(result).isEqualTo(new Result.Updated(thread));
    assertThat(fixture.eventsSince(eventsBefore)).isEmpty();
  }
}
