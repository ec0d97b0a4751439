package dev.switchboard.application.service;

import dev.switchboard.application.port.in.GetTemplateUseCase;
import dev.switchboard.application.port.out.MessageTemplateRepository;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.template.MessageTemplate;
import dev.switchboard.domain.template.TemplateId;
import java.util.Optional;

final class GetTemplateService implements GetTemplateUseCase {
  private final MessageTemplateRepository templates;

  GetTemplateService(MessageTemplateRepository templates) {
    this.templates = templates;
  }

  @Override
  public Optional<MessageTemplate> get(OrganizationId organization, TemplateId id) {
    return templates.findById(organization, id);
  }
}
