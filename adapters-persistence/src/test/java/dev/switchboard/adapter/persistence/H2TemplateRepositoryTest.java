package dev.switchboard.adapter.persistence;

/** {@link TemplateRepositoryContract} on Jdbi on a fresh in-memory H2 database. */
class H2TemplateRepositoryTest extends TemplateRepositoryContract {
  @Override
  protected Backend openBackend() {
    return JdbiBackend.h2();
  }
}
