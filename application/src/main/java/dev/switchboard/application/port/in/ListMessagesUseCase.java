package dev.switchboard.application.port.in;

import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.Page;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.organization.OrganizationId;

/** Lists the organization's messages, filtered (by thread, status, ...), sorted and paged. */
public interface ListMessagesUseCase {
  Page<Message> list(OrganizationId organization, ListQuery<Message> query);
}
