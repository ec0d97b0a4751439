package dev.switchboard.application.service;

import dev.switchboard.application.port.in.ListTemplatesUseCase;
import dev.switchboard.application.port.out.MessageTemplateRepository;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.Page;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.template.MessageTemplate;

final class ListTemplatesService implements ListTemplatesUseCase {
  private final MessageTemplateRepository templates;

  ListTemplatesService(MessageTemplateRepository templates) {
    this.templates = templates;
  }

  @Override
  public Page<MessageTemplate> list(OrganizationId organization, ListQuery<MessageTemplate> query) {
    return templates.list(organization, query);
  }
}
