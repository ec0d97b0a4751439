package dev.switchboard.application.service;

import dev.switchboard.application.port.in.GetMessageUseCase;
import dev.switchboard.application.port.out.MessageRepository;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.MessageId;
import dev.switchboard.domain.organization.OrganizationId;
import java.util.Optional;

final class GetMessageService implements GetMessageUseCase {
  private final MessageRepository messages;

  GetMessageService(MessageRepository messages) {
    this.messages = messages;
  }

  @Override
  public Optional<Message> get(OrganizationId organization, MessageId id) {
    return messages.findById(organization, id);
  }
}
