package dev.switchboard.bootstrap;

import dev.switchboard.adapter.persistence.CredentialsCipher;
import dev.switchboard.adapter.persistence.PersistenceConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the key that encrypts channel credentials: the configured one; for the embedded H2 default, a key file in the
 * data directory, generated on first start with owner-only permissions; for an in-memory H2 database a key for this
 * process only. PostgreSQL without a configured key never gets here (the configuration refuses it), because nodes
 * sharing a database must share the key. The key itself is never logged.
 */
final class CredentialsKeys {

  private static final Logger log = LoggerFactory.getLogger(CredentialsKeys.class);
  static final String KEY_FILE = "credentials.key";

  private CredentialsKeys() {}

  static CredentialsCipher resolve(ChannelsConfig channels, PersistenceConfig database) {
    Optional<String> configured = channels.credentialsKey();
    if (configured.isPresent()) {
      return CredentialsCipher.fromBase64(configured.get());
    }
    if (database.jdbcUrl().startsWith("jdbc:h2:mem:")) {
      return CredentialsCipher.ephemeral();
    }
    return fromKeyFile(channels.dataDirectory().resolve(KEY_FILE));
  }

  private static CredentialsCipher fromKeyFile(Path file) {
    try {
      if (Files.exists(file)) {
        return CredentialsCipher.fromBase64(Files.readString(file, StandardCharsets.UTF_8));
      }
      Files.createDirectories(file.toAbsolutePath().getParent());
      String key = CredentialsCipher.newKeyBase64();
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(file);
      }
      Files.writeString(file, key + "\n", StandardCharsets.UTF_8);
      log.info("Generated the channel credentials key in {} (readable by this user only). Back it up with the"
          + " database: stored channel credentials cannot be read without it. Set {} to use your own.",
          file.toAbsolutePath(), ChannelsConfig.CREDENTIALS_KEY);
      return CredentialsCipher.fromBase64(key);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the credentials key file " + file, e);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(file + ": " + e.getMessage());
    }
  }
}
