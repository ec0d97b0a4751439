package dev.switchboard.application.port.in;

import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.template.MessageTemplate;
import dev.switchboard.domain.template.TemplateId;
import java.util.Optional;

/** Reads one template of the caller's organization. */
public interface GetTemplateUseCase {
  Optional<MessageTemplate> get(OrganizationId organization, TemplateId id);
}
