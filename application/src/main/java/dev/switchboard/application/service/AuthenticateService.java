package dev.switchboard.application.service;

import dev.switchboard.application.port.in.AuthenticateUseCase;
import dev.switchboard.application.port.out.ApiKeyRepository;
import dev.switchboard.application.port.out.ApiKeyRepository.Owner;
import java.util.Optional;

/**
 * Hashes the presented key and looks the hash up. The lookup is by an index on the hash, which tells a timing
 * attacker nothing useful (he does not control the hash); the final comparison is constant-time all the same.
 */
final class AuthenticateService implements AuthenticateUseCase {

  /** Longer input is no key of ours; refusing it early keeps hashing cheap. */
  static final int MAX_KEY_LENGTH = 512;

  private final ApiKeyRepository keys;

  AuthenticateService(ApiKeyRepository keys) {
    this.keys = keys;
  }

  @Override
  public Optional<Principal> authenticate(String presentedKey) {
    if (presentedKey == null || presentedKey.isEmpty() || presentedKey.length() > MAX_KEY_LENGTH) {
      return Optional.empty();
    }
    String hash = KeyHashes.hash(presentedKey);
    return keys.findByHash(hash)
        .filter(stored -> KeyHashes.same(stored.hash(), hash))
        .map(stored -> switch (stored.owner()) {
          case Owner.OfOrganization organization -> new Principal.OrganizationKey(organization.organizationId());
          case Owner.Management management -> new Principal.ManagementKey();
        });
  }
}
