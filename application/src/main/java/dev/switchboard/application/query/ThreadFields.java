package dev.switchboard.application.query;

import dev.switchboard.domain.thread.CandidateId;
import dev.switchboard.domain.thread.MessageThread;
import java.util.List;

/** The message-thread fields that listings filter and sort on. */
public final class ThreadFields {
  private ThreadFields() {}

  public static final QueryField<MessageThread> ID =
      new QueryField<>("id", ValueType.UUID, true, thread -> thread.id().value());
  public static final QueryField<MessageThread> CHANNEL =
      new QueryField<>("channel", ValueType.STRING, true, thread -> thread.channel().wireName());
  public static final QueryField<MessageThread> IDENTIFIER =
      new QueryField<>("identifier", ValueType.STRING, true, thread -> thread.identifier().value());
  public static final QueryField<MessageThread> CHATBOT_PAUSED =
      new QueryField<>("chatbotPaused", ValueType.BOOLEAN, true, MessageThread::chatbotPaused);
  public static final QueryField<MessageThread> CANDIDATE_ID =
      new QueryField<>(
          "candidateId", ValueType.UUID, false, thread -> thread.candidateId().map(CandidateId::value).orElse(null));
  public static final QueryField<MessageThread> CREATED_AT =
      new QueryField<>("createdAt", ValueType.INSTANT, true, MessageThread::createdAt);
  public static final QueryField<MessageThread> UPDATED_AT =
      new QueryField<>("updatedAt", ValueType.INSTANT, true, MessageThread::updatedAt);

  public static final List<QueryField<MessageThread>> ALL =
      List.of(ID, CHANNEL, IDENTIFIER, CHATBOT_PAUSED, CANDIDATE_ID, CREATED_AT, UPDATED_AT);
}
