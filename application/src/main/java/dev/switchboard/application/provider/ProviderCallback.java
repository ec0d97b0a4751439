package dev.switchboard.application.provider;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A request a provider made to the gateway, as raw as the HTTP adapter received it, so signatures can be checked on
 * the exact bytes. Header names are looked up case-insensitively.
 *
 * @param method the HTTP method, upper case ({@code GET}, {@code POST})
 * @param path the request path, for logs
 * @param queryParameters decoded query parameters in the order given
 * @param headers request headers; the map is case-insensitive on names
 * @param body the raw request body (empty for GET); {@link #body()} returns a copy
 * @param publicUrl the full URL as the provider called it (scheme, host, port, path and query), which Twilio signs
 */
public record ProviderCallback(
    String method,
    String path,
    Map<String, List<String>> queryParameters,
    Map<String, List<String>> headers,
    byte[] body,
    String publicUrl) {

  public ProviderCallback {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(publicUrl, "publicUrl");
    queryParameters = copy(queryParameters, false);
    headers = copy(headers, true);
    body = Objects.requireNonNull(body, "body").clone();
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> source, boolean caseInsensitive) {
    Objects.requireNonNull(source);
    Map<String, List<String>> copy =
        caseInsensitive ? new TreeMap<>(String.CASE_INSENSITIVE_ORDER) : new TreeMap<>();
    source.forEach((name, values) -> copy.merge(name, List.copyOf(values), (a, b) -> {
      List<String> both = new ArrayList<>(a);
      both.addAll(b);
      return List.copyOf(both);
    }));
    return Collections.unmodifiableMap(copy);
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  public String bodyAsString() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The first value of a header, by case-insensitive name. */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name)).flatMap(values -> values.stream().findFirst());
  }

  /** The first value of a query parameter. */
  public Optional<String> queryParameter(String name) {
    return Optional.ofNullable(queryParameters.get(name)).flatMap(values -> values.stream().findFirst());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ProviderCallback that
        && method.equals(that.method)
        && path.equals(that.path)
        && queryParameters.equals(that.queryParameters)
        && headers.equals(that.headers)
        && Arrays.equals(body, that.body)
        && publicUrl.equals(that.publicUrl);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, path, publicUrl, Arrays.hashCode(body));
  }

  /** Method, path and body size only: headers and bodies can carry personal data and signatures. */
  @Override
  public String toString() {
    return "ProviderCallback[" + method + " " + path + ", " + body.length + " bytes]";
  }
}
