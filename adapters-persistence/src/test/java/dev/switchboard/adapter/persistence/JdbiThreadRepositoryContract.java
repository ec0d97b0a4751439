package dev.switchboard.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.out.MessageThreadRepository;
import dev.switchboard.domain.thread.MessageThread;
import org.junit.jupiter.api.Test;

/**
 * The database's recent threads: {@code findRecent} answers from a copy, which changes through this node replace at
 * once and changes on another node (a second adapter on the same database) may leave behind.
 */
abstract class JdbiThreadRepositoryContract extends ThreadRepositoryContract {

  private MessageThreadRepository anotherNode() {
    return JdbiPersistence.create(((JdbiBackend) backend).dataSource()).threads();
  }

  private static MessageThread candidateWrote(MessageThread thread) {
    return thread.recordInbound(micros(5), micros(5));
  }

  @Test
  void findRecentAnswersFromACopyThatAChangeOnAnotherNodeLeavesBehindUntilTheRowIsRead() {
    MessageThread thread = stored(whatsapp(org, 1));
    backend.threads().findRecent(org, thread.id());
    MessageThread changed = candidateWrote(thread);
    anotherNode().update(changed);

    assertThat(backend.threads().findRecent(org, thread.id())).contains(thread);
    assertThat(backend.threads().findById(org, thread.id())).contains(changed);
    assertThat(backend.threads().findRecent(org, thread.id())).contains(changed);
  }

  @Test
  void changesAndDeletionsThroughThisNodeReplaceTheCopyOnceTheyCommit() {
    MessageThread thread = stored(whatsapp(org, 1));
    backend.threads().findRecent(org, thread.id());
    MessageThread changed = candidateWrote(thread);

    backend.transactions().inTransaction(() -> {
      backend.threads().update(changed);
      assertThat(backend.threads().findRecent(org, thread.id())).as("read in the transaction").contains(changed);
      return null;
    });
    assertThat(backend.threads().findRecent(org, thread.id())).contains(changed);

    backend.threads().delete(org, thread.id());
    assertThat(backend.threads().findRecent(org, thread.id())).isEmpty();
  }

  @Test
  void aRolledBackChangeLeavesTheCopyAsItWas() {
    MessageThread thread = stored(whatsapp(org, 1));
    backend.threads().findRecent(org, thread.id());

    try {
      backend.transactions().inTransaction(() -> {
        backend.threads().update(candidateWrote(thread));
        throw new IllegalStateException("rolled back");
      });
    } catch (IllegalStateException expected) {
      // the update is gone
    }

    assertThat(backend.threads().findRecent(org, thread.id())).contains(thread);
  }

  @Test
  void aCopyIsKeptPerOrganization() {
    MessageThread thread = stored(whatsapp(org, 1));
    backend.threads().findRecent(org, thread.id());

    assertThat(backend.threads().findRecent(otherOrg, thread.id())).isEmpty();
  }
}
