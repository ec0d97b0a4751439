package dev.switchboard.adapter.persistence;

/** {@link TemplateRepositoryContract} on the in-memory adapters (the reference). */
class InMemoryTemplateRepositoryTest extends TemplateRepositoryContract {
  @Override
  protected Backend openBackend() {
    return Backend.inMemory();
  }
}
