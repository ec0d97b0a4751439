package dev.switchboard.adapter.http.thread;

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
import dev.switchboard.adapter.http.resource.ThreadView;
import dev.switchboard.application.port.in.CreateThreadUseCase;
import dev.switchboard.application.port.in.DeleteResult;
import dev.switchboard.application.port.in.DeleteThreadUseCase;
import dev.switchboard.application.port.in.GetThreadUseCase;
import dev.switchboard.application.port.in.ListMessagesUseCase;
import dev.switchboard.application.port.in.ListThreadsUseCase;
import dev.switchboard.application.port.in.UpdateThreadUseCase;
import dev.switchboard.application.query.Page;
import dev.switchboard.application.query.ThreadFields;
import dev.switchboard.domain.Violation;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.MessageId;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.thread.CandidateId;
import dev.switchboard.domain.thread.MessageThread;
import dev.switchboard.domain.thread.ThreadId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** {@code /message-threads}: list, read, create, update and delete the organization's threads. */
public final class ThreadHandlers {

  static final String UNIQUE = "combination of identifier and channel should be unique";
  private static final String NOT_FOUND = "MessageThread not found";
  private static final Set<String> READ_ONLY = Set.of("createdAt", "updatedAt", "serviceWindowExpiresAt");
  private static final ResourceInput.Shape SHAPE = new ResourceInput.Shape(
      ThreadView.TYPE,
      Set.of("channel", "identifier", "chatbotPaused", "candidateId"),
      READ_ONLY,
      Map.of("candidate", "candidates"));
  public static final ListSpec<MessageThread> LIST = ListSpec.of(ThreadFields.ALL, Set.of("messages"));

  private final CreateThreadUseCase createThread;
  private final GetThreadUseCase getThread;
  private final ListThreadsUseCase listThreads;
  private final UpdateThreadUseCase updateThread;
  private final DeleteThreadUseCase deleteThread;
  /** For {@code include=messages}. */
  private final ListMessagesUseCase listMessages;

  public ThreadHandlers(
      CreateThreadUseCase createThread,
      GetThreadUseCase getThread,
      ListThreadsUseCase listThreads,
      UpdateThreadUseCase updateThread,
      DeleteThreadUseCase deleteThread,
      ListMessagesUseCase listMessages) {
    this.createThread = Objects.requireNonNull(createThread, "createThread");
    this.getThread = Objects.requireNonNull(getThread, "getThread");
    this.listThreads = Objects.requireNonNull(listThreads, "listThreads");
    this.updateThread = Objects.requireNonNull(updateThread, "updateThread");
    this.deleteThread = Objects.requireNonNull(deleteThread, "deleteThread");
    this.listMessages = Objects.requireNonNull(listMessages, "listMessages");
  }

  public ApiResponse list(ApiRequest request) {
    ListRequest<MessageThread> parsed = QueryParameters.forList(request.queryParams(), LIST);
    Page<MessageThread> page = listThreads.list(request.organizationId(), parsed.query());
    boolean withMessages = parsed.include().contains("messages");
    Map<ThreadId, List<Message>> included = withMessages
        ? ThreadMessages.of(listMessages, request.organizationId(), page.items().stream().map(MessageThread::id).toList())
        : Map.of();
    return ApiResponse.ok(PageDocuments.page(
        page,
        parsed,
        ThreadView.PATH,
        thread -> view(thread, withMessages, included.getOrDefault(thread.id(), List.of())),
        withMessages ? Optional.of(flatten(included)) : Optional.empty()));
  }

  public ApiResponse get(ApiRequest request) {
    Set<String> include = QueryParameters.forSingle(request.queryParams(), LIST.includable());
    MessageThread thread = find(request);
    return ApiResponse.ok(document(request.organizationId(), thread, include));
  }

  public ApiResponse create(ApiRequest request) {
    ResourceInput input = ResourceInput.forCreate(request.body(), SHAPE);
    Set<String> include = QueryParameters.forSingle(request.queryParams(), LIST.includable());
    Channel channel = channel(input.requiredString("channel"));
    String identifier = input.requiredString("identifier");
    boolean chatbotPaused = input.bool("chatbotPaused").orElse(false);
    Optional<CandidateId> candidate = candidate(input).flatMap(value -> value);
    var result = createThread.create(new CreateThreadUseCase.Command(
        request.organizationId(), channel, identifier, chatbotPaused, candidate));
    return switch (result) {
      case CreateThreadUseCase.Result.Created created ->
          ApiResponse.created(
              document(request.organizationId(), created.thread(), include), ThreadView.location(created.thread()));
      case CreateThreadUseCase.Result.InvalidIdentifier invalid -> throw invalidIdentifier(invalid.violation());
      case CreateThreadUseCase.Result.IdentifierTaken taken -> throw identifierTaken();
    };
  }

  public ApiResponse update(ApiRequest request) {
    MessageThread current = find(request);
    ResourceInput input = ResourceInput.forUpdate(request.body(), SHAPE, request.pathParam("id"));
    Set<String> include = QueryParameters.forSingle(request.queryParams(), LIST.includable());
    if (input.has("channel")) {
      Channel channel = channel(input.string("channel").orElseThrow(() -> cannotBeNull("channel")));
      if (channel != current.channel()) {
        throw ApiException.unprocessable(
            "channel_immutable",
            "The channel of a message thread cannot be changed; open a new thread on the other channel",
            ResourceInput.pointer("channel"));
      }
    }
    if (input.isNull("identifier")) {
      throw cannotBeNull("identifier");
    }
    if (input.isNull("chatbotPaused")) {
      throw cannotBeNull("chatbotPaused");
    }
    Optional<Optional<CandidateId>> candidate = candidate(input);
    if (candidate.isPresent() && candidate.get().isEmpty() && current.candidateId().isPresent()) {
      throw candidateAlreadyAssigned();
    }
    var result = updateThread.update(new UpdateThreadUseCase.Command(
        request.organizationId(),
        current.id(),
        input.string("identifier"),
        input.bool("chatbotPaused"),
        candidate.flatMap(value -> value)));
    return switch (result) {
      case UpdateThreadUseCase.Result.Updated updated ->
          ApiResponse.ok(document(request.organizationId(), updated.thread(), include));
      case UpdateThreadUseCase.Result.NotFound notFound -> throw ApiException.notFound(NOT_FOUND);
      case UpdateThreadUseCase.Result.InvalidIdentifier invalid -> throw invalidIdentifier(invalid.violation());
      case UpdateThreadUseCase.Result.IdentifierTaken taken -> throw identifierTaken();
      case UpdateThreadUseCase.Result.CandidateAlreadyAssigned assigned -> throw candidateAlreadyAssigned();
    };
  }

  public ApiResponse delete(ApiRequest request) {
    QueryParameters.none(request.queryParams());
    ThreadId id = new ThreadId(request.pathId("id", "MessageThread"));
    return switch (deleteThread.delete(request.organizationId(), id)) {
      case DeleteResult.Deleted deleted -> ApiResponse.noContent();
      case DeleteResult.NotFound notFound -> throw ApiException.notFound(NOT_FOUND);
    };
  }

  private MessageThread find(ApiRequest request) {
    ThreadId id = new ThreadId(request.pathId("id", "MessageThread"));
    return getThread.get(request.organizationId(), id).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
  }

  private com.fasterxml.jackson.databind.node.ObjectNode document(
      OrganizationId organization, MessageThread thread, Set<String> include) {
    if (!include.contains("messages")) {
      return Documents.single(view(thread, false, List.of()));
    }
    List<Message> threadMessages =
        ThreadMessages.of(listMessages, organization, List.of(thread.id())).getOrDefault(thread.id(), List.of());
    return Documents.single(
        view(thread, true, threadMessages),
        Optional.of(threadMessages.stream().map(MessageView::from).toList()));
  }

  private static ResourceObject view(MessageThread thread, boolean withMessages, List<Message> threadMessages) {
    return ThreadView.from(
        thread,
        withMessages ? Optional.of(threadMessages.stream().map(Message::id).toList()) : Optional.<List<MessageId>>empty());
  }

  private static List<ResourceObject> flatten(Map<ThreadId, List<Message>> included) {
    List<ResourceObject> all = new ArrayList<>();
    included.values().forEach(list -> list.forEach(message -> all.add(MessageView.from(message))));
    return all;
  }

  private static Channel channel(String raw) {
    return Channel.fromWireName(raw.strip().toLowerCase(Locale.ROOT))
        .orElseThrow(() -> ApiException.unprocessable(
            "invalid_channel",
            "Channel '" + raw + "' is not supported; use whatsapp, sms or email",
            ResourceInput.pointer("channel")));
  }

  /** The candidate from attribute {@code candidateId} or relationship {@code candidate}; they must agree. */
  private static Optional<Optional<CandidateId>> candidate(ResourceInput input) {
    Optional<Optional<UUID>> fromAttribute =
        input.has("candidateId") ? Optional.of(input.uuid("candidateId")) : Optional.empty();
    Optional<Optional<UUID>> fromRelationship = input.toOne("candidate", "candidates");
    if (fromAttribute.isPresent() && fromRelationship.isPresent() && !fromAttribute.equals(fromRelationship)) {
      throw ApiException.unprocessable(
          "conflicting_candidate",
          "Attribute candidateId and relationship candidate name different candidates",
          "/data/relationships/candidate");
    }
    return fromAttribute.or(() -> fromRelationship).map(value -> value.map(CandidateId::new));
  }

  private static ApiException invalidIdentifier(Violation violation) {
    return ApiException.unprocessable(violation.code(), violation.reason(), ResourceInput.pointer("identifier"));
  }

  private static ApiException identifierTaken() {
    return ApiException.unprocessable("identifier_taken", UNIQUE, ResourceInput.pointer("identifier"));
  }

  private static ApiException candidateAlreadyAssigned() {
    return ApiException.unprocessable(
        "candidate_already_assigned",
        "Change of CandidateId is allowed only when candidate_id is nil: a thread's candidate cannot change once set",
        ResourceInput.pointer("candidateId"));
  }

  private static ApiException cannotBeNull(String attribute) {
    return ApiException.unprocessable(
        "null_attribute", "Attribute '" + attribute + "' cannot be null", ResourceInput.pointer(attribute));
  }
}
