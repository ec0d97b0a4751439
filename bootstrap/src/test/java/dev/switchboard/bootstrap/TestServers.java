package dev.switchboard.bootstrap;

import dev.switchboard.bootstrap.delivery.ServerClient;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Starts the real server in this JVM for end-to-end tests and benchmarks, with known keys and a quick worker. */
public final class TestServers {

  public static final String ORGANIZATION_KEY = "e2e-organization-key-000000001";
  public static final String MANAGEMENT_KEY = "e2e-management-key-0000000001";

  private TestServers() {}

  /** A started server and a client for it. */
  public record Running(Server server, ServerClient client) implements AutoCloseable {
    @Override
    public void close() {
      server.close();
    }
  }

  /** The server on an H2 file in {@code dataDirectory}; {@code overrides} replace or add settings. */
  public static Running h2(Path dataDirectory, Map<String, String> overrides) {
    Map<String, String> settings = new HashMap<>(Map.of("SWITCHBOARD_DATA_DIR", dataDirectory.toString()));
    settings.putAll(overrides);
    return start(settings);
  }

  /** The server with exactly these settings (plus the test keys, a free port and a short poll interval). */
  public static Running start(Map<String, String> overrides) {
    int port = ServerClient.freePort();
    Map<String, String> settings = new HashMap<>(Map.of(
        "SWITCHBOARD_PORT", String.valueOf(port),
        "SWITCHBOARD_API_KEY", ORGANIZATION_KEY,
        "SWITCHBOARD_MANAGEMENT_KEY", MANAGEMENT_KEY,
        "SWITCHBOARD_DELIVERY_POLL_INTERVAL", "20ms"));
    settings.putAll(overrides);
    Server server = Server.start(AppConfig.from(Settings.of(settings)), new PrintStream(OutputStream.nullOutputStream()));
    return new Running(server, new ServerClient("http://localhost:" + server.port(), ORGANIZATION_KEY));
  }
}
