package dev.switchboard.domain.template;

import dev.switchboard.domain.Validated;
import dev.switchboard.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A reusable message with placeholders, a proxy of a WhatsApp template. On WhatsApp it is sent as a template; SMS and
 * email send its {@link #render rendered} text. Templates cannot be edited once created, as in the Recrubo API.
 */
public record MessageTemplate(
    TemplateId id,
    OrganizationId organizationId,
    String name,
    String language,
    TemplateCategory category,
    List<TemplateComponent> components,
    TemplateStatus status,
    Instant createdAt,
    Instant updatedAt) {

  public static final String INVALID_CODE = "invalid_template";

  public MessageTemplate {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    components = List.copyOf(components);
    structuralProblem(name, language, components).ifPresent(problem -> {
      throw new IllegalArgumentException(problem);
    });
  }

  /** Checks what a person typed before it becomes a template, so the caller gets a reason instead of an exception. */
  public static Validated<MessageTemplate> create(
      TemplateId id,
      OrganizationId organizationId,
      String name,
      String language,
      TemplateCategory category,
      List<TemplateComponent> components,
      TemplateStatus status,
      Instant now) {
    Optional<String> problem = structuralProblem(name, language, components);
    if (problem.isPresent()) {
      return Validated.invalid(INVALID_CODE, problem.get());
    }
    return Validated.valid(
        new MessageTemplate(id, organizationId, name, language, category, components, status, now, now));
  }

  private static Optional<String> structuralProblem(
      String name, String language, List<TemplateComponent> components) {
    if (name == null || name.isBlank()) {
      return Optional.of("A template needs a name");
    }
    if (language == null || language.isBlank()) {
      return Optional.of("A template needs a language");
    }
    List<ComponentType> types = components.stream().map(TemplateComponent::type).toList();
    if (!types.contains(ComponentType.BODY)) {
      return Optional.of("A template needs a BODY component");
    }
    Set<ComponentType> distinct = EnumSet.noneOf(ComponentType.class);
    if (!types.stream().allMatch(distinct::add)) {
      return Optional.of("A template has at most one HEADER, one BODY and one FOOTER");
    }
    if (!components.stream().allMatch(TemplateComponent::hasSequentialPlaceholders)) {
      return Optional.of("Placeholders must be numbered {{1}}, {{2}}, ... without gaps");
    }
    if (component(components, ComponentType.FOOTER).map(TemplateComponent::placeholderCount).orElse(0) > 0) {
      return Optional.of("A FOOTER cannot have placeholders");
    }
    return Optional.empty();
  }

  public Optional<TemplateComponent> component(ComponentType type) {
    return component(components, type);
  }

  private static Optional<TemplateComponent> component(List<TemplateComponent> components, ComponentType type) {
    return components.stream().filter(component -> component.type() == type).findFirst();
  }

  /** How many parameters each component expects, for the components that expect any. */
  public Map<ComponentType, Integer> expectedParameters() {
    return components.stream()
        .filter(component -> component.placeholderCount() > 0)
        .collect(Collectors.toMap(TemplateComponent::type, TemplateComponent::placeholderCount));
  }

  /** The text SMS and email send: header, body and footer with the values filled in, separated by blank lines. */
  public String render(Function<ComponentType, List<String>> valuesFor) {
    return components.stream()
        .sorted(Comparator.comparing(TemplateComponent::type))
        .map(component -> component.render(valuesFor.apply(component.type())))
        .collect(Collectors.joining("\n\n"));
  }

  /** The body text as WhatsApp shows it in template lists. */
  public String preview() {
    return component(ComponentType.BODY).map(TemplateComponent::text).orElseThrow();
  }

  public boolean isApproved() {
    return status == TemplateStatus.APPROVED;
  }
}
