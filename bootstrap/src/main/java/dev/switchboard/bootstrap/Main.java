package dev.switchboard.bootstrap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the server from environment variables (or the file {@code SWITCHBOARD_CONFIG_FILE} names). */
public final class Main {

  private static final Logger log = LoggerFactory.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) {
    AppConfig config;
    try {
      config = AppConfig.from(Settings.load(System.getenv()));
    } catch (ConfigurationException e) {
      System.err.println("Switchboard cannot start: " + e.getMessage());
      System.exit(2);
      return;
    }
    Server server = Server.start(config, System.out);
    Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("shutdown").unstarted(() -> {
      log.info("Stopping: finishing requests in flight");
      server.close();
    }));
    log.info("Switchboard ready on port {}", server.port());
  }
}
