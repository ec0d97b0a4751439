package dev.switchboard.adapter.persistence;

/** {@link JdbiThreadRepositoryContract} on Jdbi on a fresh in-memory H2 database. */
class H2ThreadRepositoryTest extends JdbiThreadRepositoryContract {
  @Override
  protected Backend openBackend() {
    return JdbiBackend.h2();
  }
}
