package dev.switchboard.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary directory for a benchmark's databases, deleted with its contents when the JVM exits: an H2 file under
 * load grows by gigabytes, and runs left behind once filled the disk.
 */
public final class ScratchDirectory {

  private ScratchDirectory() {}

  public static Path create(String prefix) throws IOException {
    Path directory = Files.createTempDirectory(prefix);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(directory)));
    return directory;
  }

  private static void delete(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete " + directory, e);
    }
  }
}
