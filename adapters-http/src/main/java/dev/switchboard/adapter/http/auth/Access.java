package dev.switchboard.adapter.http.auth;

/** Who may call a route. */
public enum Access {
  /** No key needed: health, readiness, metrics and the OpenAPI document. */
  PUBLIC,
  /** An organization key; the route sees only that organization's data. */
  ORGANIZATION,
  /** The management (partner) key, which manages organizations and reads no messages. */
  MANAGEMENT
}
