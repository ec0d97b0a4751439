package dev.switchboard.application.service;

import dev.switchboard.application.port.in.GetThreadUseCase;
import dev.switchboard.application.port.out.MessageThreadRepository;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.thread.MessageThread;
import dev.switchboard.domain.thread.ThreadId;
import java.util.Optional;


final class GetThreadService implements GetThreadUseCase {
  private final MessageThreadRepository threads;

  GetThreadService(MessageThreadRepository threads) {
    this.threads = threads;
  }

  @Override
  public Optional<MessageThread> get(OrganizationId organization, ThreadId id) {
    return threads.findById(organization, id);
  }
}
