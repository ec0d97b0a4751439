package dev.switchboard.domain.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ComponentTypeTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "HEADER, HEADER",
    "header, HEADER",
    "BODY,   BODY",
    "body,   BODY",
    "Body,   BODY",
    "FOOTER, FOOTER",
    "footer, FOOTER"
  })
  void anyCase_parse_findsTheType(String name, ComponentType type) {

    Optional<ComponentType> parsed = ComponentType.parse(name);

    assertThat(parsed).contains(type);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "buttons", "BODY ", "bodies"})
  void unknownName_parse_findsNothing(String name) {

    Optional<ComponentType> parsed = ComponentType.parse(name);

    assertThat(parsed).isEmpty();
  }
}
