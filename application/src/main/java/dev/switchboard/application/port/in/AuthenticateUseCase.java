package dev.switchboard.application.port.in;

import dev.switchboard.domain.organization.OrganizationId;
import java.util.Objects;
import java.util.Optional;

/** Finds out who presents an API key. Keys are stored only as hashes; an unknown key is empty. */
public interface AuthenticateUseCase {

  sealed interface Principal {
    /** An organization key: sees and changes only that organization's data. */
    record OrganizationKey(OrganizationId organizationId) implements Principal {
      public OrganizationKey {
        Objects.requireNonNull(organizationId, "organizationId");
      }
    }

    /** The management (partner) key: manages organizations, reads no messages. */
    record ManagementKey() implements Principal {}
  }

  Optional<Principal> authenticate(String presentedKey);
}
