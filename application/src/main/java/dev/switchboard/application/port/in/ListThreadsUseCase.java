package dev.switchboard.application.port.in;

import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.Page;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.thread.MessageThread;

/** Lists the organization's threads, filtered, sorted and paged. */
public interface ListThreadsUseCase {
  Page<MessageThread> list(OrganizationId organization, ListQuery<MessageThread> query);
}
