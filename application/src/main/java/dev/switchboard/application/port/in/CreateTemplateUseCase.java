package dev.switchboard.application.port.in;

import dev.switchboard.domain.Violation;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.template.MessageTemplate;
import dev.switchboard.domain.template.TemplateCategory;
import dev.switchboard.domain.template.TemplateComponent;
import dev.switchboard.domain.template.TemplateStatus;
import java.util.List;
import java.util.Objects;

/** Stores a template. Until WhatsApp's approval flow is connected, the caller states its status (default approved). */
public interface CreateTemplateUseCase {

  record Command(
      OrganizationId organizationId,
      String name,
      String language,
      TemplateCategory category,
      List<TemplateComponent> components,
      TemplateStatus status) {
    public Command {
      Objects.requireNonNull(organizationId, "organizationId");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(category, "category");
      components = List.copyOf(components);
      Objects.requireNonNull(status, "status");
    }
  }

  sealed interface Result {
    record Created(MessageTemplate template) implements Result {}

    record Rejected(Violation violation) implements Result {}

    /** The organization has a template of this name in this language already. */
    record NameTaken() implements Result {}
  }

  Result create(Command command);
}
