package dev.switchboard.application.service;

import dev.switchboard.application.port.in.ListMessagesUseCase;
import dev.switchboard.application.port.out.MessageRepository;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.Page;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.organization.OrganizationId;

final class ListMessagesService implements ListMessagesUseCase {
  private final MessageRepository messages;

  ListMessagesService(MessageRepository messages) {
    this.messages = messages;
  }

  @Override
  public Page<Message> list(OrganizationId organization, ListQuery<Message> query) {
    return messages.list(organization, query);
  }
}
