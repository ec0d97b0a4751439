package dev.switchboard.application.port.in;

import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.Page;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.template.MessageTemplate;

/** Lists the organization's templates. */
public interface ListTemplatesUseCase {
  Page<MessageTemplate> list(OrganizationId organization, ListQuery<MessageTemplate> query);
}
