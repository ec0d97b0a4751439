package dev.switchboard.application.port.out;

import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.Page;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.template.MessageTemplate;
import dev.switchboard.domain.template.TemplateId;
import java.util.Optional;

/** Stores templates; (organization, name, language) is unique. */
public interface MessageTemplateRepository {

  Optional<MessageTemplate> findById(OrganizationId organization, TemplateId id);

  /** @throws DuplicateKeyException when the organization has a template of this name in this language */
  void insert(MessageTemplate template);

  void delete(OrganizationId organization, TemplateId id);

  Page<MessageTemplate> list(OrganizationId organization, ListQuery<MessageTemplate> query);
}
