package dev.switchboard.domain.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateComponentTest {

  @ParameterizedTest(name = "''{0}'' -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Thanks for applying          | 0",
        "Hi {{1}}                     | 1",
        "Hi {{1}}, on {{2}}           | 2",
        "On {{2}} we meet {{1}}       | 2",
        "{{1}} and again {{1}}        | 1",
        "{{1}} {{3}}                  | 3",
        "{{10}}                       | 10",
        "{ {1}} {{ 1 }} {{a}} {{-1}}  | 0",
        "{{{1}}}                      | 1"
      })
  void placeholderCount_isTheHighestPlaceholderNumber(String text, int count) {
    TemplateComponent component = new TemplateComponent(ComponentType.BODY, text);

    int actual = component.placeholderCount();

    assertThat(actual).isEqualTo(count);
  }

  @ParameterizedTest(name = "''{0}'' -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "No placeholders       | true",
        "{{1}}                 | true",
        "{{2}} {{1}}           | true",
        "{{1}} {{1}} {{2}}     | true",
        "{{1}} {{3}}           | false",
        "{{2}}                 | false",
        "{{0}}                 | false",
        "{{0}} {{1}}           | false",
        "{{1}} {{2}} {{4}}     | false",
        "{{99999999999}}       | false",
        "{{1}} {{2147483647}}  | false"
      })
  void hasSequentialPlaceholders_onlyForOneToNWithoutGaps(String text, boolean sequential) {
    TemplateComponent component = new TemplateComponent(ComponentType.HEADER, text);

    boolean actual = component.hasSequentialPlaceholders();

    assertThat(actual).isEqualTo(sequential);
  }

  @Test
  void render_replacesEachPlaceholderWithItsValue() {
    TemplateComponent component = new TemplateComponent(ComponentType.BODY, "{{2}}, {{1}}!");

    String text = component.render(List.of("Jane", "Hello"));

    assertThat(text).isEqualTo("Hello, Jane!");
  }

  @Test
  void render_withoutPlaceholdersGivesTheText() {
    TemplateComponent component = new TemplateComponent(ComponentType.FOOTER, "Reply STOP");

    String text = component.render(List.of());

    assertThat(text).isEqualTo("Reply STOP");
  }

  @Test
  void render_keepsDollarAndBackslashLiterally() {
    TemplateComponent component = new TemplateComponent(ComponentType.BODY, "Pay {{1}}");

    String text = component.render(List.of("$5 \\ $0"));

    assertThat(text).isEqualTo("Pay $5 \\ $0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "\n"})
  void refusesBlankText(String text) {

    assertThatThrownBy(() -> new TemplateComponent(ComponentType.BODY, text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a BODY component needs text");
  }

  @Test
  void refusesNullType() {

    assertThatThrownBy(() -> new TemplateComponent(null, "Hi")).isInstanceOf(NullPointerException.class);
  }
}
