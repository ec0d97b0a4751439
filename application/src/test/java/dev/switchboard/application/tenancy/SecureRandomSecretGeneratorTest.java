package dev.switchboard.application.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.out.SecretGenerator.KeyKind;
import dev.switchboard.application.secret.SecureRandomSecretGenerator;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecureRandomSecretGeneratorTest {

  private final SecureRandomSecretGenerator generator = SecureRandomSecretGenerator.system();

  @Test
  void givenKind_newKey_isItsPrefixAnd32RandomBytesInBase64Url() {
    for (KeyKind kind : KeyKind.values()) {
      String key = generator.newKey(kind);

      assertThat(key).startsWith(kind.prefix());
      String body = key.substring(kind.prefix().length());
      assertThat(body).hasSize(43).matches("[A-Za-z0-9_-]+");
      assertThat(Base64.getUrlDecoder().decode(body)).hasSize(32);
    }
  }

  @Test
  void givenManyKeys_newKey_neverRepeats() {
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      keys.add(generator.newKey(KeyKind.ORGANIZATION));
    }

    assertThat(keys).hasSize(1000);
  }

  @Test
  void givenKinds_prefixes_tellOrganizationAndManagementKeysApart() {
    assertThat(KeyKind.ORGANIZATION.prefix()).isEqualTo("sb_live_");
    assertThat(KeyKind.MANAGEMENT.prefix()).isEqualTo("sb_mgmt_");
  }
}
