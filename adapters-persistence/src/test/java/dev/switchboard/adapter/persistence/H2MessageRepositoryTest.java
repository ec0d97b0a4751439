package dev.switchboard.adapter.persistence;

/** {@link MessageRepositoryContract} on Jdbi on a fresh in-memory H2 database. */
class H2MessageRepositoryTest extends MessageRepositoryContract {
  @Override
  protected Backend openBackend() {
    return JdbiBackend.h2();
  }
}
