package dev.switchboard.domain.template;

import static dev.switchboard.domain.testing.Templates.body;
import static dev.switchboard.domain.testing.Templates.footer;
import static dev.switchboard.domain.testing.Templates.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.Validated;
import dev.switchboard.domain.testing.Ids;
import dev.switchboard.domain.testing.Templates;
import dev.switchboard.domain.testing.Times;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class MessageTemplateTest {

  // create

  @Test
  void validInput_create_givesATemplateCreatedNow() {

    Validated<MessageTemplate> created = create("interview_invite", "nl", body(Templates.BODY));

    MessageTemplate template = created.orElseThrow();
    assertThat(template.name()).isEqualTo("interview_invite");
    assertThat(template.language()).isEqualTo("nl");
    assertThat(template.status()).isEqualTo(TemplateStatus.PENDING);
    assertThat(template.createdAt()).isEqualTo(Times.NOW);
    assertThat(template.updatedAt()).isEqualTo(Times.NOW);
  }

  @Test
  void validInput_create_keepsComponentsInTheirOrder() {

    MessageTemplate template =
        create("n", "en", footer(Templates.FOOTER), body(Templates.BODY), header(Templates.HEADER)).orElseThrow();

    assertThat(template.components()).extracting(TemplateComponent::type)
        .containsExactly(ComponentType.FOOTER, ComponentType.BODY, ComponentType.HEADER);
  }

  static Stream<Arguments> invalidTemplates() {
    return Stream.of(
        Arguments.of("no name", null, "en", List.of(body("Hi")), "A template needs a name"),
        Arguments.of("blank name", "  ", "en", List.of(body("Hi")), "A template needs a name"),
        Arguments.of("no language", "n", null, List.of(body("Hi")), "A template needs a language"),
        Arguments.of("blank language", "n", "", List.of(body("Hi")), "A template needs a language"),
        Arguments.of("no components", "n", "en", List.of(), "A template needs a BODY component"),
        Arguments.of(
            "header and footer only", "n", "en", List.of(header("H"), footer("F")), "A template needs a BODY component"),
        Arguments.of(
            "two bodies",
            "n",
            "en",
            List.of(body("Hi"), body("Bye")),
            "A template has at most one HEADER, one BODY and one FOOTER"),
        Arguments.of(
            "two headers",
            "n",
            "en",
            List.of(header("A"), body("Hi"), header("B")),
            "A template has at most one HEADER, one BODY and one FOOTER"),
        Arguments.of(
            "two footers",
            "n",
            "en",
            List.of(body("Hi"), footer("A"), footer("B")),
            "A template has at most one HEADER, one BODY and one FOOTER"),
        Arguments.of("gap {{1}} {{3}}", "n", "en", List.of(body("{{1}} {{3}}")), gaps()),
        Arguments.of("starts at {{2}}", "n", "en", List.of(body("Hi {{2}}")), gaps()),
        Arguments.of("{{0}}", "n", "en", List.of(body("Hi {{0}}")), gaps()),
        Arguments.of("{{0}} and {{1}}", "n", "en", List.of(body("{{0}} {{1}}")), gaps()),
        Arguments.of("gap in the header", "n", "en", List.of(header("{{2}}"), body("Hi")), gaps()),
        Arguments.of("number beyond int", "n", "en", List.of(body("Hi {{99999999999}}")), gaps()),
        Arguments.of("huge number", "n", "en", List.of(body("Hi {{2000000000}}")), gaps()),
        Arguments.of(
            "footer placeholder", "n", "en", List.of(body("Hi"), footer("Bye {{1}}")), "A FOOTER cannot have placeholders"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidTemplates")
  void invalidInput_create_refusesWithReason(
      String description, String name, String language, List<TemplateComponent> components, String reason) {

    Validated<MessageTemplate> created = create(name, language, components.toArray(TemplateComponent[]::new));

    assertThat(created).isEqualTo(Validated.invalid(MessageTemplate.INVALID_CODE, reason));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidTemplates")
  void invalidInput_constructor_throwsWithReason(
      String description, String name, String language, List<TemplateComponent> components, String reason) {
    String nonNullName = name == null ? "" : name;
    String nonNullLanguage = language == null ? "" : language;

    assertThatThrownBy(
            () ->
                new MessageTemplate(
                    Ids.TEMPLATE,
                    Ids.ORGANIZATION,
                    nonNullName,
                    nonNullLanguage,
                    TemplateCategory.UTILITY,
                    components,
                    TemplateStatus.APPROVED,
                    Times.NOW,
                    Times.NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(reason);
  }

  @Test
  void repeatedPlaceholder_create_isAccepted() {

    Validated<MessageTemplate> created = create("n", "en", body("{{1}}, yes {{1}}: {{2}}"));

    assertThat(created).isInstanceOf(Validated.Valid.class);
  }

  @Test
  void placeholdersOutOfOrder_create_isAccepted() {

    Validated<MessageTemplate> created = create("n", "en", body("On {{2}} we meet {{1}}"));

    assertThat(created).isInstanceOf(Validated.Valid.class);
  }

  @Test
  void constructor_copiesTheComponents() {
    List<TemplateComponent> components = new ArrayList<>(List.of(body("Hi")));
    MessageTemplate template = Templates.template(Ids.TEMPLATE, TemplateStatus.APPROVED, body("Hi"));
    MessageTemplate copy =
        new MessageTemplate(
            template.id(),
            template.organizationId(),
            template.name(),
            template.language(),
            template.category(),
            components,
            template.status(),
            template.createdAt(),
            template.updatedAt());

    components.add(footer("Bye"));

    assertThat(copy.components()).hasSize(1);
  }

  // expectedParameters

  @Test
  void bodyOnly_expectedParameters_countsTheBodyPlaceholders() {

    Map<ComponentType, Integer> expected = Templates.approved().expectedParameters();

    assertThat(expected).containsExactly(Map.entry(ComponentType.BODY, 2));
  }

  @Test
  void headerBodyFooter_expectedParameters_countsEveryComponentWithPlaceholders() {

    Map<ComponentType, Integer> expected = Templates.approvedWithHeaderAndFooter().expectedParameters();

    assertThat(expected).isEqualTo(Map.of(ComponentType.HEADER, 1, ComponentType.BODY, 2));
  }

  @Test
  void noPlaceholders_expectedParameters_isEmpty() {

    Map<ComponentType, Integer> expected = Templates.approvedWithoutPlaceholders().expectedParameters();

    assertThat(expected).isEmpty();
  }

  @Test
  void repeatedPlaceholder_expectedParameters_countsItOnce() {
    MessageTemplate template = Templates.template(Ids.TEMPLATE, TemplateStatus.APPROVED, body("{{1}} and {{1}}"));

    Map<ComponentType, Integer> expected = template.expectedParameters();

    assertThat(expected).containsExactly(Map.entry(ComponentType.BODY, 1));
  }

  // render

  @Test
  void bodyOnly_render_fillsThePlaceholders() {

    String text = Templates.approved().render(values(List.of(), List.of("Jane", "Monday")));

    assertThat(text).isEqualTo("Hi Jane, your interview is on Monday.");
  }

  @Test
  void headerBodyFooter_render_joinsThemWithBlankLines() {

    String text =
        Templates.approvedWithHeaderAndFooter().render(values(List.of("Amsterdam"), List.of("Jane", "Monday")));

    assertThat(text)
        .isEqualTo("Interview at Amsterdam\n\nHi Jane, your interview is on Monday.\n\nReply STOP to opt out");
  }

  @Test
  void componentsGivenOutOfOrder_render_putsHeaderBodyFooter() {
    MessageTemplate template =
        Templates.template(Ids.TEMPLATE, TemplateStatus.APPROVED, footer("F"), body("B"), header("H"));

    String text = template.render(values(List.of(), List.of()));

    assertThat(text).isEqualTo("H\n\nB\n\nF");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "$1         | Hi $1, your interview is on Monday.",
        "${name}    | Hi ${name}, your interview is on Monday.",
        "C:\\temp\\ | Hi C:\\temp\\, your interview is on Monday.",
        "$          | Hi $, your interview is on Monday.",
        "{{2}}      | Hi {{2}}, your interview is on Monday."
      })
  void specialCharactersInValues_render_keepsThemLiterally(String value, String rendered) {

    String text = Templates.approved().render(values(List.of(), List.of(value, "Monday")));

    assertThat(text).isEqualTo(rendered);
  }

  @Test
  void repeatedPlaceholder_render_fillsEveryOccurrence() {
    MessageTemplate template = Templates.template(Ids.TEMPLATE, TemplateStatus.APPROVED, body("{{1}}, {{1}}!"));

    String text = template.render(values(List.of(), List.of("Jane")));

    assertThat(text).isEqualTo("Jane, Jane!");
  }

  // the rest

  @Test
  void preview_isTheBodyText() {

    String preview = Templates.approvedWithHeaderAndFooter().preview();

    assertThat(preview).isEqualTo(Templates.BODY);
  }

  @Test
  void component_findsByType() {
    MessageTemplate template = Templates.approvedWithHeaderAndFooter();

    Optional<TemplateComponent> footer = template.component(ComponentType.FOOTER);

    assertThat(footer).contains(footer(Templates.FOOTER));
  }

  @Test
  void missingComponent_component_isEmpty() {
    MessageTemplate template = Templates.approved();

    Optional<TemplateComponent> header = template.component(ComponentType.HEADER);

    assertThat(header).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"APPROVED, true", "PENDING, false", "REJECTED, false", "PAUSED, false"})
  void isApproved_onlyWhenApproved(TemplateStatus status, boolean approved) {

    boolean actual = Templates.withStatus(status).isApproved();

    assertThat(actual).isEqualTo(approved);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"APPROVED, approved", "PENDING, pending", "REJECTED, rejected", "PAUSED, paused"})
  void status_wireNameIsLowerCase(TemplateStatus status, String wireName) {

    String actual = status.wireName();

    assertThat(actual).isEqualTo(wireName);
  }

  private static String gaps() {
    return "Placeholders must be numbered {{1}}, {{2}}, ... without gaps";
  }

  private static Validated<MessageTemplate> create(String name, String language, TemplateComponent... components) {
    return MessageTemplate.create(
        Ids.TEMPLATE,
        Ids.ORGANIZATION,
        name,
        language,
        TemplateCategory.UTILITY,
        Arrays.asList(components),
        TemplateStatus.PENDING,
        Times.NOW);
  }

  private static Function<ComponentType, List<String>> values(List<String> header, List<String> body) {
    return type ->
        switch (type) {
          case HEADER -> header;
          case BODY -> body;
          case FOOTER -> List.of();
        };
  }
}
