package dev.switchboard.application.service;

import dev.switchboard.application.port.in.ListThreadsUseCase;
import dev.switchboard.application.port.out.MessageThreadRepository;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.Page;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.thread.MessageThread;

final class ListThreadsService implements ListThreadsUseCase {
  private final MessageThreadRepository threads;

  ListThreadsService(MessageThreadRepository threads) {
    this.threads = threads;
  }

  @Override
  public Page<MessageThread> list(OrganizationId organization, ListQuery<MessageThread> query) {
    return threads.list(organization, query);
  }
}
