package dev.switchboard.adapter.http.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapter.http.jsonapi.ApiException;
import dev.switchboard.adapter.http.jsonapi.ApiRequest;
import dev.switchboard.adapter.http.jsonapi.ApiResponse;
import dev.switchboard.adapter.http.jsonapi.Documents;
import dev.switchboard.adapter.http.jsonapi.JsonApi;
import dev.switchboard.adapter.http.jsonapi.QueryParameters;
import dev.switchboard.adapter.http.jsonapi.ResourceInput;
import dev.switchboard.adapter.http.jsonapi.ResourceObject;
import dev.switchboard.application.port.in.CreateChannelUseCase;
import dev.switchboard.application.port.in.DeleteChannelUseCase;
import dev.switchboard.application.port.in.GetChannelUseCase;
import dev.switchboard.application.port.in.ListChannelsUseCase;
import dev.switchboard.application.port.in.UpdateChannelUseCase;
import dev.switchboard.domain.Violation;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.connection.ConnectionId;
import dev.switchboard.domain.connection.ProviderKind;
import dev.switchboard.domain.connection.RegisteredChannel;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@code /channels}: the organization's provider connections. {@code settings} and {@code credentials} are objects of
 * strings whose keys depend on the provider (see the README); credentials are write-only, and on PATCH each given
 * credential replaces that one ({@code null} removes it) while the others stay. Platform and provider are fixed once
 * created. The list is not paged: an organization has a handful of channels. Another organization's channel is 404.
 */
public final class ChannelHandlers {

  private static final String NOT_FOUND = "Channel not found";
  private static final Set<String> READ_ONLY = Set.of("createdAt", "updatedAt", "configuredCredentials", "callbackUrl");
  private static final ResourceInput.Shape CREATE = new ResourceInput.Shape(
      ChannelView.TYPE,
      Set.of("platform", "provider", "settings", "credentials", "apiBaseUrl", "isDefault"),
      READ_ONLY,
      Map.of());
  private static final ResourceInput.Shape UPDATE = new ResourceInput.Shape(
      ChannelView.TYPE,
      Set.of("settings", "credentials", "apiBaseUrl", "isDefault"),
      union(READ_ONLY, Set.of("platform", "provider")),
      Map.of());

  private final CreateChannelUseCase createChannel;
  private final GetChannelUseCase getChannel;
  private final ListChannelsUseCase listChannels;
  private final UpdateChannelUseCase updateChannel;
  private final DeleteChannelUseCase deleteChannel;
  private final Supplier<String> publicBaseUrl;

  public ChannelHandlers(
      CreateChannelUseCase createChannel,
      GetChannelUseCase getChannel,
      ListChannelsUseCase listChannels,
      UpdateChannelUseCase updateChannel,
      DeleteChannelUseCase deleteChannel,
      Supplier<String> publicBaseUrl) {
    this.createChannel = Objects.requireNonNull(createChannel, "createChannel");
    this.getChannel = Objects.requireNonNull(getChannel, "getChannel");
    this.listChannels = Objects.requireNonNull(listChannels, "listChannels");
    this.updateChannel = Objects.requireNonNull(updateChannel, "updateChannel");
    this.deleteChannel = Objects.requireNonNull(deleteChannel, "deleteChannel");
    this.publicBaseUrl = Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
  }

  public ApiResponse list(ApiRequest request) {
    QueryParameters.none(request.queryParams());
    List<ResourceObject> channels =
        listChannels.list(request.organizationId()).stream().map(this::view).toList();
    ObjectNode meta = JsonApi.object().put("total", channels.size());
    ObjectNode links = JsonApi.object().put("self", ChannelView.PATH);
    return ApiResponse.ok(Documents.collection(channels, Optional.empty(), meta, links));
  }

  public ApiResponse get(ApiRequest request) {
    QueryParameters.forSingle(request.queryParams(), Set.of());
    RegisteredChannel channel = getChannel.get(request.organizationId(), id(request))
        .orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    return ApiResponse.ok(Documents.single(view(channel)));
  }

  public ApiResponse create(ApiRequest request) {
    QueryParameters.forSingle(request.queryParams(), Set.of());
    ResourceInput input = ResourceInput.forCreate(request.body(), CREATE);
    Channel platform = enumAttribute(input, "platform", Channel::fromWireName, Channel.values(), Channel::wireName);
    ProviderKind provider =
        enumAttribute(input, "provider", ProviderKind::fromWireName, ProviderKind.values(), ProviderKind::wireName);
    Map<String, String> settings = strings(input, "settings").orElse(Map.of());
    Map<String, String> credentials = new HashMap<>();
    credentialChanges(input).forEach((name, value) -> value.ifPresent(present -> credentials.put(name, present)));
    var command = new CreateChannelUseCase.Command(
        request.organizationId(), platform, provider, settings, credentials,
        url(input).flatMap(given -> given), input.bool("isDefault"));
    return switch (createChannel.create(command)) {
      case CreateChannelUseCase.Result.Created created ->
          ApiResponse.created(Documents.single(view(created.channel())), ChannelView.location(created.channel()));
      case CreateChannelUseCase.Result.Rejected rejected -> throw invalid(rejected.violation());
    };
  }

  public ApiResponse update(ApiRequest request) {
    QueryParameters.forSingle(request.queryParams(), Set.of());
    ConnectionId id = id(request);
    ResourceInput input = ResourceInput.forUpdate(request.body(), UPDATE, request.pathParam("id"));
    var command = new UpdateChannelUseCase.Command(
        request.organizationId(), id, strings(input, "settings"), credentialChanges(input), url(input),
        input.bool("isDefault"));
    return switch (updateChannel.update(command)) {
      case UpdateChannelUseCase.Result.Updated updated -> ApiResponse.ok(Documents.single(view(updated.channel())));
      case UpdateChannelUseCase.Result.NotFound notFound -> throw ApiException.notFound(NOT_FOUND);
      case UpdateChannelUseCase.Result.Rejected rejected -> throw invalid(rejected.violation());
    };
  }

  public ApiResponse delete(ApiRequest request) {
    QueryParameters.none(request.queryParams());
    return switch (deleteChannel.delete(request.organizationId(), id(request))) {
      case DeleteChannelUseCase.Result.Deleted deleted -> ApiResponse.noContent();
      case DeleteChannelUseCase.Result.NotFound notFound -> throw ApiException.notFound(NOT_FOUND);
      case DeleteChannelUseCase.Result.StillDefault stillDefault -> throw ApiException.conflict(
          "default_channel",
          "This channel is its platform's default; make another channel of the platform the default first",
          "");
    };
  }

  private ResourceObject view(RegisteredChannel channel) {
    return ChannelView.from(channel, publicBaseUrl.get());
  }

  private static ConnectionId id(ApiRequest request) {
    return new ConnectionId(request.pathId("id", "Channel"));
  }

  private static <E> E enumAttribute(
      ResourceInput input,
      String attribute,
      java.util.function.Function<String, Optional<E>> parse,
      E[] values,
      java.util.function.Function<E, String> wireName) {
    String raw = input.requiredString(attribute);
    return parse.apply(raw.strip().toLowerCase(Locale.ROOT)).orElseThrow(() -> ApiException.unprocessable(
        "invalid_" + attribute,
        "'" + attribute + "' must be one of "
            + Arrays.stream(values).map(wireName).collect(Collectors.joining(", ")),
        ResourceInput.pointer(attribute)));
  }

  /** An object whose members are all strings. */
  private static Optional<Map<String, String>> strings(ResourceInput input, String attribute) {
    Optional<JsonNode> node = input.raw(attribute);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> values = new HashMap<>();
    forEachMember(node.get(), attribute, (name, value) -> {
      if (!value.isTextual()) {
        throw memberType(attribute, name);
      }
      values.put(name, value.asText());
    });
    return Optional.of(values);
  }

  /** Credentials as given: a string sets one, {@code null} removes it (on PATCH). */
  private static Map<String, Optional<String>> credentialChanges(ResourceInput input) {
    Optional<JsonNode> node = input.raw("credentials");
    Map<String, Optional<String>> changes = new HashMap<>();
    node.ifPresent(object -> forEachMember(object, "credentials", (name, value) -> {
      if (!value.isTextual() && !value.isNull()) {
        throw memberType("credentials", name);
      }
      changes.put(name, value.isNull() ? Optional.empty() : Optional.of(value.asText()));
    }));
    return changes;
  }

  private static void forEachMember(
      JsonNode node, String attribute, java.util.function.BiConsumer<String, JsonNode> action) {
    if (!node.isObject()) {
      throw ResourceInput.wrongType(attribute, "an object of strings");
    }
    for (Iterator<Map.Entry<String, JsonNode>> members = node.fields(); members.hasNext(); ) {
      Map.Entry<String, JsonNode> member = members.next();
      action.accept(member.getKey(), member.getValue());
    }
  }

  private static ApiException memberType(String attribute, String member) {
    return ApiException.badAttribute(
        "invalid_type",
        "'" + attribute + "." + member + "' must be a string",
        ResourceInput.pointer(attribute) + "/" + ResourceInput.escape(member));
  }

  /** Absent: no change; {@code null}: the provider's public API; else an absolute http(s) URL. */
  private static Optional<Optional<URI>> url(ResourceInput input) {
    if (!input.has("apiBaseUrl")) {
      return Optional.empty();
    }
    Optional<String> raw = input.string("apiBaseUrl");
    if (raw.isEmpty()) {
      return Optional.of(Optional.empty());
    }
    try {
      return Optional.of(Optional.of(new URI(raw.get().strip())));
    } catch (URISyntaxException e) {
      throw ApiException.unprocessable(
          "invalid_api_base_url", "'apiBaseUrl' must be an absolute http(s) URL", ResourceInput.pointer("apiBaseUrl"));
    }
  }

  private static ApiException invalid(Violation violation) {
    return ApiException.unprocessable(violation.code(), violation.reason(), pointerFor(violation.reason()));
  }

  private static String pointerFor(String reason) {
    String lower = reason.toLowerCase(Locale.ROOT);
    if (lower.contains("credential")) {
      return ResourceInput.pointer("credentials");
    }
    if (lower.contains("base url")) {
      return ResourceInput.pointer("apiBaseUrl");
    }
    if (lower.contains("default")) {
      return ResourceInput.pointer("isDefault");
    }
    if (lower.contains("does not serve")) {
      return ResourceInput.pointer("provider");
    }
    return ResourceInput.pointer("settings");
  }

  private static Set<String> union(Set<String> first, Set<String> second) {
    java.util.Set<String> all = new java.util.HashSet<>(first);
    all.addAll(second);
    return all;
  }
}
