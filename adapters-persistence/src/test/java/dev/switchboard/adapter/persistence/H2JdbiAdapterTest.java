package dev.switchboard.adapter.persistence;

/** {@link JdbiAdapterContract} on H2. */
class H2JdbiAdapterTest extends JdbiAdapterContract {
  @Override
  protected Backend openBackend() {
    return JdbiBackend.h2();
  }
}
