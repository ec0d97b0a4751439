package dev.switchboard.application.port.in;

import dev.switchboard.domain.Violation;
import dev.switchboard.domain.organization.Organization;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Creates a tenant together with its organization key (management only). The key is returned here once and is
 * stored only as a hash: whoever loses it rotates it with {@link RotateOrganizationKeyUseCase}.
 */
public interface CreateOrganizationUseCase {

  record Command(String name, Optional<URI> webhookUrl, Optional<String> webhookSecret) {
    public Command {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(webhookUrl, "webhookUrl");
      Objects.requireNonNull(webhookSecret, "webhookSecret");
    }
  }

  sealed interface Result {
    /** {@code token} is the new organization key in plain text; it is never shown again. */
    record Created(Organization organization, String token) implements Result {
      public Created {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(token, "token");
      }

      @Override
      public String toString() {
        return "Created[organization=" + organization + ", token=<hidden>]";
      }
    }

    /** Invalid input: a blank or too long name, a webhook URL that is not absolute http(s), a blank secret. */
    record Rejected(Violation violation) implements Result {}
  }

  Result create(Command command);
}
