package dev.switchboard.application.query;

import dev.switchboard.domain.message.Message;
import java.util.List;

/** The message fields that listings filter and sort on. */
public final class MessageFields {
  private MessageFields() {}

  public static final QueryField<Message> ID =
      new QueryField<>("id", ValueType.UUID, true, message -> message.id().value());
  public static final QueryField<Message> MESSAGE_THREAD_ID =
      new QueryField<>("messageThreadId", ValueType.UUID, true, message -> message.threadId().value());
  public static final QueryField<Message> CHANNEL =
      new QueryField<>("channel", ValueType.STRING, true, message -> message.channel().wireName());
  public static final QueryField<Message> ORIGIN =
      new QueryField<>("origin", ValueType.STRING, true, message -> message.origin().wireName());
  public static final QueryField<Message> SEND_BY = new QueryField<>("sendBy", ValueType.STRING, true, Message::sendBy);
  public static final QueryField<Message> PAYLOAD_TYPE =
      new QueryField<>("payloadType", ValueType.STRING, true, message -> message.payload().type());
  public static final QueryField<Message> DELIVERY_STATUS =
      new QueryField<>("deliveryStatus", ValueType.STRING, true, message -> message.deliveryStatus().wireName());
  public static final QueryField<Message> PROVIDER_MESSAGE_ID =
      new QueryField<>(
          "providerMessageId", ValueType.STRING, false, message -> message.providerMessageId().orElse(null));
  public static final QueryField<Message> CREATED_AT =
      new QueryField<>("createdAt", ValueType.INSTANT, true, Message::createdAt);
  public static final QueryField<Message> UPDATED_AT =
      new QueryField<>("updatedAt", ValueType.INSTANT, true, Message::updatedAt);

  public static final List<QueryField<Message>> ALL =
      List.of(
          ID,
          MESSAGE_THREAD_ID,
          CHANNEL,
          ORIGIN,
          SEND_BY,
          PAYLOAD_TYPE,
          DELIVERY_STATUS,
          PROVIDER_MESSAGE_ID,
          CREATED_AT,
          UPDATED_AT);
}
