package dev.switchboard.adapter.persistence;

import dev.switchboard.adapter.persistence.testing.TestDatabase;

/** {@link JdbiAdapterContract} on H2. */
class H2JdbiAdapterTest extends JdbiAdapterContract {
  @Override
  protected Backend openBackend() {
    return JdbiBackend.h2();
  }

  @Override
  protected TestDatabase emptyDatabase() {
    return TestDatabase.h2();
  }
}
