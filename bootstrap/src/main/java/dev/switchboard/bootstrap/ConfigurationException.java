package dev.switchboard.bootstrap;

/** A setting is missing or malformed; the message names it, and the server does not start. */
public final class ConfigurationException extends RuntimeException {
  public ConfigurationException(String message) {
    super(message);
  }
}
