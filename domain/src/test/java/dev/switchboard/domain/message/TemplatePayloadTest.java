package dev.switchboard.domain.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.template.ComponentType;
import dev.switchboard.domain.testing.Ids;
import dev.switchboard.domain.testing.Templates;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplatePayloadTest {

  @Test
  void type_isTemplate() {

    String type = Templates.approvedPayload().type();

    assertThat(type).isEqualTo("template");
  }

  @Test
  void valuesFor_givesTheValuesOfThatComponent() {
    TemplatePayload payload =
        Templates.payload(
            Ids.TEMPLATE,
            Templates.parameters(ComponentType.HEADER, "Amsterdam"),
            Templates.parameters(ComponentType.BODY, "Jane", "Monday"));

    List<String> values = payload.valuesFor(ComponentType.BODY);

    assertThat(values).containsExactly("Jane", "Monday");
  }

  @Test
  void valuesFor_givesNothingForAComponentNotMentioned() {
    TemplatePayload payload = Templates.approvedPayload();

    List<String> values = payload.valuesFor(ComponentType.HEADER);

    assertThat(values).isEmpty();
  }
}
