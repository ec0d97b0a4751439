package dev.switchboard.adapter.http;

/**
 * Answers {@code GET /ready}: whether the service can do its work now (its database is reachable, say). Called on
 * every probe from a request thread, so it should be quick and must be thread-safe. Throwing counts as not ready.
 */
@FunctionalInterface
public interface ReadinessCheck {

  boolean isReady();

  static ReadinessCheck alwaysReady() {
    return () -> true;
  }
}
