package dev.switchboard.application.port.in;

import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.template.TemplateId;

/** Deletes a template. Messages already sent with it keep their payload, which refers to it by id. */
public interface DeleteTemplateUseCase {
  DeleteResult delete(OrganizationId organization, TemplateId id);
}
