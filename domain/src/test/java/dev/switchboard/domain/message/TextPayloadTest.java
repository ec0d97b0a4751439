package dev.switchboard.domain.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextPayloadTest {

  @Test
  void type_isText() {

    String type = new TextPayload("Hello").type();

    assertThat(type).isEqualTo("text");
  }

  @Test
  void keepsSurroundingWhitespace() {

    TextPayload payload = new TextPayload("  Hello\n");

    assertThat(payload.value()).isEqualTo("  Hello\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n\t"})
  void refusesBlankText(String value) {

    assertThatThrownBy(() -> new TextPayload(value)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesNullText() {

    assertThatThrownBy(() -> new TextPayload(null)).isInstanceOf(NullPointerException.class);
  }
}
