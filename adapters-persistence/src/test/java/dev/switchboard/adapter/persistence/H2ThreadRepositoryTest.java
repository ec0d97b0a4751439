package dev.switchboard.adapter.persistence;

/** {@link ThreadRepositoryContract} on Jdbi on a fresh in-memory H2 database. */
class H2ThreadRepositoryTest extends ThreadRepositoryContract {
  @Override
  protected Backend openBackend() {
    return JdbiBackend.h2();
  }
}
