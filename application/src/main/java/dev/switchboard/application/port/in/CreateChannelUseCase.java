package dev.switchboard.application.port.in;

import dev.switchboard.domain.Violation;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.connection.ProviderKind;
import dev.switchboard.domain.connection.RegisteredChannel;
import dev.switchboard.domain.organization.OrganizationId;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Registers a provider connection for one platform. The first channel of a platform becomes its default; a later one
 * does when {@code makeDefault} says so (the previous default stops being one).
 */
public interface CreateChannelUseCase {

  record Command(
      OrganizationId organizationId,
      Channel platform,
      ProviderKind provider,
      Map<String, String> settings,
      Map<String, String> credentials,
      Optional<URI> apiBaseUrl,
      Optional<Boolean> makeDefault) {
    public Command {
      Objects.requireNonNull(organizationId, "organizationId");
      Objects.requireNonNull(platform, "platform");
      Objects.requireNonNull(provider, "provider");
      settings = Map.copyOf(settings);
      credentials = Map.copyOf(credentials);
      Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
      Objects.requireNonNull(makeDefault, "makeDefault");
    }

    /** Credential names only: the values are secrets. */
    @Override
    public String toString() {
      return "Command[" + organizationId + ", " + platform.wireName() + ", " + provider.wireName() + ", settings="
          + settings + ", credentials=" + credentials.keySet() + " (values hidden)]";
    }
  }

  sealed interface Result {
    record Created(RegisteredChannel channel) implements Result {}

    /** The provider does not serve the platform, or settings or credentials are missing, unknown or malformed. */
    record Rejected(Violation violation) implements Result {}
  }

  Result create(Command command);
}
