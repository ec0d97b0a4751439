package dev.switchboard.adapter.http;

import dev.switchboard.adapter.http.auth.Access;
import java.util.Objects;

/** One route of the API as documented: method, path template ({@code {id}} style, as in OpenAPI) and who may call it. */
public record Endpoint(String method, String path, Access access) {
  public Endpoint {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(access, "access");
  }
}
