package dev.switchboard.bootstrap;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raw settings by their environment-variable names ({@code SWITCHBOARD_PORT}). They come from the environment and,
 * when {@code SWITCHBOARD_CONFIG_FILE} names one, from a properties file with the same keys; the environment wins.
 * Every typed read names the setting when its value is malformed.
 */
final class Settings {

  static final String CONFIG_FILE = "SWITCHBOARD_CONFIG_FILE";
  private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d)");

  private final Map<String, String> values;

  private Settings(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  static Settings of(Map<String, String> values) {
    return new Settings(values);
  }

  /** The environment over the optional file it names. */
  static Settings load(Map<String, String> environment) {
    Map<String, String> merged = new HashMap<>();
    Optional.ofNullable(environment.get(CONFIG_FILE)).filter(path -> !path.isBlank()).ifPresent(path -> {
      Properties file = new Properties();
      try (Reader reader = Files.newBufferedReader(Path.of(path))) {
        file.load(reader);
      } catch (IOException e) {
        throw new ConfigurationException(CONFIG_FILE + ": cannot read " + path + " (" + e.getMessage() + ")");
      }
      file.stringPropertyNames().forEach(name -> merged.put(name, file.getProperty(name).strip()));
    });
    environment.forEach((name, value) -> {
      if (name.startsWith("SWITCHBOARD_")) {
        merged.put(name, value.strip());
      }
    });
    return new Settings(merged);
  }

  Optional<String> text(String name) {
    return Optional.ofNullable(values.get(name)).filter(value -> !value.isEmpty());
  }

  String text(String name, String fallback) {
    return text(name).orElse(fallback);
  }

  int integer(String name, int fallback, int min, int max) {
    return text(name).map(value -> {
      try {
        int parsed = Integer.parseInt(value);
        if (parsed < min || parsed > max) {
          throw new ConfigurationException(name + " must be between " + min + " and " + max + ", got " + value);
        }
        return parsed;
      } catch (NumberFormatException e) {
        throw new ConfigurationException(name + " must be a whole number, got '" + value + "'");
      }
    }).orElse(fallback);
  }

  boolean flag(String name, boolean fallback) {
    return text(name).map(value -> switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1" -> true;
      case "false", "no", "0" -> false;
      default -> throw new ConfigurationException(name + " must be true or false, got '" + value + "'");
    }).orElse(fallback);
  }

  Duration duration(String name, Duration fallback) {
    return optionalDuration(name).orElse(fallback);
  }

  Optional<Duration> optionalDuration(String name) {
    return text(name).map(value -> parseDuration(name, value));
  }

  /** {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 1d}. */
  static Duration parseDuration(String name, String value) {
    Matcher matcher = DURATION.matcher(value);
    if (!matcher.matches()) {
      throw new ConfigurationException(name + " must be a duration like 500ms, 30s, 5m, 2h or 1d, got '" + value + "'");
    }
    long amount = Long.parseLong(matcher.group(1));
    return switch (matcher.group(2)) {
      case "ms" -> Duration.ofMillis(amount);
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      case "h" -> Duration.ofHours(amount);
      default -> Duration.ofDays(amount);
    };
  }
}
