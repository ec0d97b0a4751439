package dev.switchboard.application.service;

import dev.switchboard.application.port.out.ApiKeyRepository;
import dev.switchboard.application.port.out.ApiKeyRepository.Owner;
import dev.switchboard.application.port.out.ApiKeyRepository.StoredKey;
import dev.switchboard.application.port.out.SecretGenerator.KeyKind;
import java.time.Instant;

/** Gives an owner a key: replaces whatever key it had with the hash of the new one. Call inside a transaction. */
final class KeyIssuer {

  private final TenancyPorts ports;

  KeyIssuer(TenancyPorts ports) {
    this.ports = ports;
  }

  /** Generates a key of {@code kind} for {@code owner}, stores its hash and returns the plain key. */
  String issue(Owner owner, KeyKind kind, Instant now) {
    String key = ports.secrets().newKey(kind);
    install(owner, key, now);
    return key;
  }

  /** Makes {@code key} the only key of {@code owner}. */
  void install(Owner owner, String key, Instant now) {
    ApiKeyRepository keys = ports.apiKeys();
    keys.deleteByOwner(owner);
    keys.insert(new StoredKey(KeyHashes.hash(key), owner, now));
  }
}
