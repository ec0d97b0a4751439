package dev.switchboard.adapter.http.jsonapi;

/**
 * A JSON:API endpoint: turns a checked, authenticated request into a response. Handlers throw {@link ApiException}
 * for client errors; the pipeline in {@code HttpApi} does content negotiation, authentication, idempotency and
 * writing, so handlers hold only the resource logic.
 */
@FunctionalInterface
public interface ApiHandler {
  ApiResponse handle(ApiRequest request);
}
