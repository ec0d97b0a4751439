package dev.switchboard.adapter.http.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapter.http.jsonapi.ApiError;
import dev.switchboard.adapter.http.jsonapi.ApiException;
import dev.switchboard.adapter.http.jsonapi.ApiRequest;
import dev.switchboard.adapter.http.jsonapi.ApiResponse;
import dev.switchboard.adapter.http.jsonapi.Documents;
import dev.switchboard.adapter.http.jsonapi.ListRequest;
import dev.switchboard.adapter.http.jsonapi.ListSpec;
import dev.switchboard.adapter.http.jsonapi.PageDocuments;
import dev.switchboard.adapter.http.jsonapi.QueryParameters;
import dev.switchboard.adapter.http.jsonapi.ResourceInput;
import dev.switchboard.adapter.http.jsonapi.ResourceObject;
import dev.switchboard.adapter.http.resource.MessageView;
import dev.switchboard.adapter.http.resource.PayloadJson;
import dev.switchboard.adapter.http.resource.ThreadView;
import dev.switchboard.application.port.in.DeleteMessageUseCase;
import dev.switchboard.application.port.in.DeleteResult;
import dev.switchboard.application.port.in.GetMessageUseCase;
import dev.switchboard.application.port.in.GetThreadUseCase;
import dev.switchboard.application.port.in.ListMessagesUseCase;
import dev.switchboard.application.port.in.SendMessageUseCase;
import dev.switchboard.application.port.in.UpdateMessageUseCase;
import dev.switchboard.application.query.MessageFields;
import dev.switchboard.application.query.Page;
import dev.switchboard.domain.Violation;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.MessageId;
import dev.switchboard.domain.message.MessagePayload;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.thread.ThreadId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /messages}: list, read, send, edit (while not yet sent) and delete. The thread of a new message comes from
 * {@code relationships.messageThread} or from attribute {@code messageThreadId}. A send that a channel rule refuses
 * is a 422 whose {@code code} is the rule's, and nothing is stored.
 */
public final class MessageHandlers {

  private static final String NOT_FOUND = "Message not found";
  private static final String THREAD_POINTER = "/data/relationships/messageThread";
  private static final Set<String> ALWAYS_READ_ONLY =
      Set.of("createdAt", "updatedAt", "origin", "deliveryStatus", "errorMessages");
  private static final ResourceInput.Shape CREATE = new ResourceInput.Shape(
      MessageView.TYPE,
      Set.of("sendBy", "payload", "messageThreadId", "subject", "cc", "bcc"),
      ALWAYS_READ_ONLY,
      Map.of("messageThread", ThreadView.TYPE));
  private static final ResourceInput.Shape UPDATE = new ResourceInput.Shape(
      MessageView.TYPE,
      Set.of("sendBy", "payload"),
      union(ALWAYS_READ_ONLY, Set.of("messageThreadId", "subject", "cc", "bcc")),
      Map.of());
  /** Filterable and sortable fields; the provider's message id stays internal. */
  public static final ListSpec<Message> LIST = ListSpec.of(
      MessageFields.ALL.stream().filter(field -> field != MessageFields.PROVIDER_MESSAGE_ID).toList(),
      Set.of("messageThread"));

  private final SendMessageUseCase sendMessage;
  private final GetMessageUseCase getMessage;
  private final ListMessagesUseCase listMessages;
  private final UpdateMessageUseCase updateMessage;
  private final DeleteMessageUseCase deleteMessage;
  /** For {@code include=messageThread}. */
  private final GetThreadUseCase getThread;

  public MessageHandlers(
      SendMessageUseCase sendMessage,
      GetMessageUseCase getMessage,
      ListMessagesUseCase listMessages,
      UpdateMessageUseCase updateMessage,
      DeleteMessageUseCase deleteMessage,
      GetThreadUseCase getThread) {
    this.sendMessage = Objects.requireNonNull(sendMessage, "sendMessage");
    this.getMessage = Objects.requireNonNull(getMessage, "getMessage");
    this.listMessages = Objects.requireNonNull(listMessages, "listMessages");
    this.updateMessage = Objects.requireNonNull(updateMessage, "updateMessage");
    this.deleteMessage = Objects.requireNonNull(deleteMessage, "deleteMessage");
    this.getThread = Objects.requireNonNull(getThread, "getThread");
  }

  public ApiResponse list(ApiRequest request) {
    ListRequest<Message> parsed = QueryParameters.forList(request.queryParams(), LIST);
    Page<Message> page = listMessages.list(request.organizationId(), parsed.query());
    Optional<List<ResourceObject>> included = parsed.include().contains("messageThread")
        ? Optional.of(threadsOf(request.organizationId(), page.items()))
        : Optional.empty();
    return ApiResponse.ok(PageDocuments.page(page, parsed, MessageView.PATH, MessageView::from, included));
  }

  public ApiResponse get(ApiRequest request) {
    Set<String> include = QueryParameters.forSingle(request.queryParams(), LIST.includable());
    MessageId id = new MessageId(request.pathId("id", "Message"));
    Message message =
        getMessage.get(request.organizationId(), id).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    return ApiResponse.ok(document(request.organizationId(), message, include));
  }

  public ApiResponse create(ApiRequest request) {
    ResourceInput input = ResourceInput.forCreate(request.body(), CREATE);
    Set<String> include = QueryParameters.forSingle(request.queryParams(), LIST.includable());
    ThreadReference thread = thread(input);
    String sendBy = sendBy(input);
    MessagePayload payload = payload(input);
    var command = new SendMessageUseCase.Command(
        request.organizationId(),
        new ThreadId(thread.id()),
        sendBy,
        payload,
        input.string("subject"),
        input.strings("cc").orElse(List.of()),
        input.strings("bcc").orElse(List.of()));
    return switch (sendMessage.send(command)) {
      case SendMessageUseCase.Result.Accepted accepted ->
          ApiResponse.created(
              document(request.organizationId(), accepted.message(), include),
              MessageView.location(accepted.message()));
      case SendMessageUseCase.Result.ThreadNotFound notFound ->
          throw new ApiException(ApiError.of(404, "not_found", "MessageThread not found").at(thread.pointer()));
      case SendMessageUseCase.Result.TemplateNotFound notFound -> throw templateNotFound();
      case SendMessageUseCase.Result.Rejected rejected -> throw rejected(rejected.violation());
    };
  }

  public ApiResponse update(ApiRequest request) {
    MessageId id = new MessageId(request.pathId("id", "Message"));
    ResourceInput input = ResourceInput.forUpdate(request.body(), UPDATE, request.pathParam("id"));
    Set<String> include = QueryParameters.forSingle(request.queryParams(), LIST.includable());
    Optional<String> sendBy = input.has("sendBy") ? Optional.of(sendBy(input)) : Optional.empty();
    Optional<MessagePayload> payload = input.has("payload") ? Optional.of(payload(input)) : Optional.empty();
    var command = new UpdateMessageUseCase.Command(request.organizationId(), id, sendBy, payload);
    return switch (updateMessage.update(command)) {
      case UpdateMessageUseCase.Result.Updated updated ->
          ApiResponse.ok(document(request.organizationId(), updated.message(), include));
      case UpdateMessageUseCase.Result.NotFound notFound -> throw ApiException.notFound(NOT_FOUND);
      case UpdateMessageUseCase.Result.NotEditable notEditable ->
          throw ApiException.unprocessable(
              "message_not_editable",
              "Only outbound messages that are not sent yet can be changed; this one is "
                  + notEditable.status().wireName());
      case UpdateMessageUseCase.Result.TemplateNotFound notFound -> throw templateNotFound();
      case UpdateMessageUseCase.Result.Rejected rejected -> throw rejected(rejected.violation());
    };
  }

  public ApiResponse delete(ApiRequest request) {
    QueryParameters.none(request.queryParams());
    MessageId id = new MessageId(request.pathId("id", "Message"));
    return switch (deleteMessage.delete(request.organizationId(), id)) {
      case DeleteResult.Deleted deleted -> ApiResponse.noContent();
      case DeleteResult.NotFound notFound -> throw ApiException.notFound(NOT_FOUND);
    };
  }

  private ObjectNode document(OrganizationId organization, Message message, Set<String> include) {
    if (!include.contains("messageThread")) {
      return Documents.single(MessageView.from(message));
    }
    return Documents.single(MessageView.from(message), Optional.of(threadsOf(organization, List.of(message))));
  }

  private List<ResourceObject> threadsOf(OrganizationId organization, List<Message> page) {
    return page.stream()
        .map(Message::threadId)
        .distinct()
        .map(id -> getThread.get(organization, id))
        .flatMap(Optional::stream)
        .map(thread -> ThreadView.from(thread, Optional.empty()))
        .toList();
  }

  private record ThreadReference(UUID id, String pointer) {}

  private static ThreadReference thread(ResourceInput input) {
    Optional<UUID> fromAttribute = input.uuid("messageThreadId");
    Optional<Optional<UUID>> fromRelationship = input.toOne("messageThread", ThreadView.TYPE);
    if (fromRelationship.isPresent() && fromRelationship.get().isEmpty()) {
      throw ApiException.unprocessable(
          "missing_message_thread", "A message needs a message thread", THREAD_POINTER + "/data");
    }
    Optional<UUID> related = fromRelationship.flatMap(value -> value);
    if (fromAttribute.isPresent() && related.isPresent() && !fromAttribute.equals(related)) {
      throw ApiException.unprocessable(
          "conflicting_message_thread",
          "Attribute messageThreadId and relationship messageThread name different threads",
          THREAD_POINTER);
    }
    if (related.isPresent()) {
      return new ThreadReference(related.get(), THREAD_POINTER + "/data/id");
    }
    return fromAttribute
        .map(id -> new ThreadReference(id, ResourceInput.pointer("messageThreadId")))
        .orElseThrow(() -> ApiException.unprocessable(
            "missing_message_thread",
            "A message needs its thread: relationships.messageThread or attribute messageThreadId",
            THREAD_POINTER));
  }

  private static String sendBy(ResourceInput input) {
    String sendBy = input.string("sendBy").orElseThrow(() -> ResourceInput.missing("sendBy"));
    if (sendBy.isBlank()) {
      throw ApiException.unprocessable("blank_send_by", "sendBy must not be blank", ResourceInput.pointer("sendBy"));
    }
    return sendBy;
  }

  private static MessagePayload payload(ResourceInput input) {
    JsonNode raw = input.raw("payload").orElseThrow(() -> ResourceInput.missing("payload"));
    return PayloadJson.read(raw, ResourceInput.pointer("payload"));
  }

  private static ApiException templateNotFound() {
    return ApiException.unprocessable(
        "template_not_found", "MessageTemplate not found", ResourceInput.pointer("payload") + "/template/id");
  }

  private static ApiException rejected(Violation violation) {
    return new ApiException(ApiError.of(422, violation.code(), violation.reason()).at(pointerFor(violation.code())));
  }

  private static String pointerFor(String code) {
    return switch (code) {
      case "multiple_recipients_not_supported" -> ResourceInput.pointer("cc");
      case "invalid_email_address" -> "/data/attributes";
      default -> ResourceInput.pointer("payload");
    };
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(java.util.stream.Collectors.toSet());
  }
}
