package dev.switchboard.domain.message;

import dev.switchboard.domain.template.ComponentType;
import dev.switchboard.domain.template.TemplateId;
import java.util.List;
import java.util.Objects;

/**
 * {@code {"type":"template","template":{"id":..,"components":[{"type":"body","parameters":[{"type":"text","text":..}]}]}}}:
 * a stored template and the values for its placeholders, per component.
 */
public record TemplatePayload(TemplateId templateId, List<Parameters> components) implements MessagePayload {

  public TemplatePayload {
    Objects.requireNonNull(templateId, "templateId");
    components = List.copyOf(components);
  }

  /** The text values for the placeholders {@code {{1}}, {{2}}, ...} of one component, in order. */
  public record Parameters(ComponentType component, List<String> values) {
    public Parameters {
      Objects.requireNonNull(component, "component");
      values = List.copyOf(values);
    }
  }

  @Override
  public String type() {
    return "template";
  }

  /** The values given for one component; none when the payload does not mention it. */
  public List<String> valuesFor(ComponentType component) {
    return components.stream()
        .filter(parameters -> parameters.component() == component)
        .findFirst()
        .map(Parameters::values)
        .orElse(List.of());
  }
}
