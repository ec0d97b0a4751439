package dev.switchboard.adapter.channel.testing;

import dev.switchboard.application.provider.ProviderCallback;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Provider callbacks as the HTTP adapter will hand them over. */
public final class Callbacks {

  public static final String PUBLIC_BASE = "https://switchboard.example.com";

  private Callbacks() {}

  public static ProviderCallback post(String path, Map<String, List<String>> headers, String body) {
    return new ProviderCallback("POST", path, Map.of(), headers, body.getBytes(StandardCharsets.UTF_8), PUBLIC_BASE + path);
  }

  public static ProviderCallback get(String path, Map<String, List<String>> query) {
    return new ProviderCallback("GET", path, query, Map.of(), new byte[0], PUBLIC_BASE + path);
  }
}
