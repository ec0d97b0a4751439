package dev.switchboard.application.port.in;

import dev.switchboard.domain.Violation;
import dev.switchboard.domain.connection.ConnectionId;
import dev.switchboard.domain.connection.RegisteredChannel;
import dev.switchboard.domain.organization.OrganizationId;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes a channel. Platform and provider are fixed once registered. {@code settings} replaces all settings when
 * present. Credentials are write-only, so a caller cannot resend what it cannot read: {@code credentialChanges} sets
 * each named credential (an empty value removes it) and keeps the others. {@code apiBaseUrl}: absent keeps it,
 * {@code Optional.of(Optional.empty())} returns to the provider's public API. {@code makeDefault = true} makes the
 * channel its platform's default; {@code false} on the default is refused, because a platform with channels keeps one
 * (make another channel the default instead).
 */
public interface UpdateChannelUseCase {

  record Command(
      OrganizationId organizationId,
      ConnectionId channelId,
      Optional<Map<String, String>> settings,
      Map<String, Optional<String>> credentialChanges,
      Optional<Optional<URI>> apiBaseUrl,
      Optional<Boolean> makeDefault) {
    public Command {
      Objects.requireNonNull(organizationId, "organizationId");
      Objects.requireNonNull(channelId, "channelId");
      settings = settings.map(Map::copyOf);
      credentialChanges = Map.copyOf(credentialChanges);
      Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
      Objects.requireNonNull(makeDefault, "makeDefault");
    }

    @Override
    public String toString() {
      return "Command[" + organizationId + ", " + channelId + ", settings=" + settings + ", credentials changed="
          + credentialChanges.keySet() + " (values hidden)]";
    }
  }

  sealed interface Result {
    record Updated(RegisteredChannel channel) implements Result {}

    record NotFound() implements Result {}

    record Rejected(Violation violation) implements Result {}
  }

  Result update(Command command);
}
