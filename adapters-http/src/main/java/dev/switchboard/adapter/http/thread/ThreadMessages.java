package dev.switchboard.adapter.http.thread;

import dev.switchboard.application.port.in.ListMessagesUseCase;
import dev.switchboard.application.query.Filter;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.MessageFields;
import dev.switchboard.application.query.Operator;
import dev.switchboard.application.query.Page;
import dev.switchboard.application.query.PageRequest;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.thread.ThreadId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the messages of some threads for {@code include=messages}, oldest first, in keyset pages. At most
 * {@link #LIMIT} messages are included per request; {@code GET /messages?filter[messageThreadId]=..} pages through
 * longer threads.
 */
final class ThreadMessages {

  static final int LIMIT = 1000;

  private ThreadMessages() {}

  static Map<ThreadId, List<Message>> of(
      ListMessagesUseCase list, OrganizationId organization, Collection<ThreadId> threads) {
    Map<ThreadId, List<Message>> byThread = new LinkedHashMap<>();
    threads.forEach(thread -> byThread.put(thread, new ArrayList<>()));
    if (threads.isEmpty()) {
      return byThread;
    }
    List<String> ids = threads.stream().map(ThreadId::toString).distinct().toList();
    Filter<Message> filter = Filter.of(MessageFields.MESSAGE_THREAD_ID, Operator.MATCH, ids);
    PageRequest page = new PageRequest.Keyset(Optional.empty(), false, PageRequest.MAX_SIZE);
    int loaded = 0;
    while (true) {
      Page<Message> result = list.list(organization, new ListQuery<>(List.of(filter), List.of(), page));
      for (Message message : result.items()) {
        byThread.computeIfAbsent(message.threadId(), id -> new ArrayList<>()).add(message);
      }
      loaded += result.items().size();
      if (result.next().isEmpty() || result.items().isEmpty() || loaded >= LIMIT) {
        return byThread;
      }
      page = new PageRequest.Keyset(result.next(), false, PageRequest.MAX_SIZE);
    }
  }
}
