package dev.switchboard.adapter.http.jsonapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class UuidsTest {

  @ParameterizedTest
  @ValueSource(strings = {"0190a5f2-7c3e-7d4a-9b1c-2e3f4a5b6c7d", "0190A5F2-7C3E-7D4A-9B1C-2E3F4A5B6C7D"})
  void givenCanonicalForm_parse_givesThatUuid(String text) {
    assertThat(Uuids.parse(text)).contains(UUID.fromString(text));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {
      "",
      "nope",
      "0-0-0-0-0", // UUID.fromString takes it
      "0190a5f27c3e7d4a9b1c2e3f4a5b6c7d",
      "0190a5f2-7c3e-7d4a-9b1c-2e3f4a5b6c7",
      "0190a5f2-7c3e-7d4a-9b1c-2e3f4a5b6c7d0",
      "0190a5f2-7c3e-7d4a-9b1c2-e3f4a5b6c7d",
      "0190a5f2-7c3e-7d4a-9b1c-2e3f4a5b6c7g",
      "0190a5f2-7c3e-7d4a-9b1c-2e3f4a5b6c7\uFF11", // a fullwidth digit, which Character.digit reads as 1
      " 0190a5f2-7c3e-7d4a-9b1c-2e3f4a5b6c7d",
  })
  void givenAnythingElse_parse_isEmpty(String text) {
    assertThat(Uuids.parse(text)).isEmpty();
  }
}
