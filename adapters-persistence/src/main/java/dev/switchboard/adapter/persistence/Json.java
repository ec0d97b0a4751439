package dev.switchboard.adapter.persistence;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.application.port.out.ChangeEvent;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.channel.EmailAddress;
import dev.switchboard.domain.channel.PhoneNumber;
import dev.switchboard.domain.connection.ChannelConnection;
import dev.switchboard.domain.connection.ConnectionId;
import dev.switchboard.domain.connection.ProviderKind;
import dev.switchboard.domain.connection.RegisteredChannel;
import dev.switchboard.domain.message.DeliveryStatus;
import dev.switchboard.domain.message.EmailHeaders;
import dev.switchboard.domain.message.MediaPayload;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.MessageId;
import dev.switchboard.domain.message.Origin;
import dev.switchboard.domain.message.MessagePayload;
import dev.switchboard.domain.message.TemplatePayload;
import dev.switchboard.domain.message.TextPayload;
import dev.switchboard.domain.template.ComponentType;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.template.MessageTemplate;
import dev.switchboard.domain.template.TemplateCategory;
import dev.switchboard.domain.template.TemplateStatus;
import dev.switchboard.domain.template.TemplateComponent;
import dev.switchboard.domain.template.TemplateId;
import dev.switchboard.domain.thread.CandidateId;
import dev.switchboard.domain.thread.MessageThread;
import dev.switchboard.domain.thread.ThreadId;
import dev.switchboard.domain.webhook.AttemptOutcome;
import dev.switchboard.domain.webhook.WebhookAttempt;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The JSON text stored in the payload, email header, error, component and event columns. The shapes are this
 * adapter's own (not the public API's), kept small and explicit so that stored rows stay readable by later versions:
 *
 * <pre>
 * text:     {"type":"text","value":"..."}
 * template: {"type":"template","templateId":"uuid","components":[{"component":"BODY","values":["..."]}]}
 * media:    {"type":"image|video|audio|document","url":"https://...","caption":"..."?,"fileName":"..."?}
 * headers:  {"subject":"..."?,"cc":["a@b.c"],"bcc":[]}
 * template components: [{"type":"BODY","text":"..."}]
 * </pre>
 *
 * <p>Event snapshots ({@link #snapshot}) hold a resource's public attributes. A channel's snapshot lists the names of
 * its configured credentials ({@code "credentials":["accessToken","appSecret"]}) and never their values: the events
 * table is not encrypted like {@code channel_connections.credentials}, and a webhook shows the names only anyway.
 * Read back, each named credential has the value {@link ChannelConnection#REDACTED}, exactly as
 * {@link ChangeEvent.Resource.ChannelState} holds it.
 */
final class Json {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static String payload(MessagePayload payload) {
    return write(payloadNode(payload));
  }

  private static ObjectNode payloadNode(MessagePayload payload) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("type", payload.type());
    switch (payload) {
      case TextPayload text -> node.put("value", text.value());
      case TemplatePayload template -> {
        node.put("templateId", template.templateId().value().toString());
        ArrayNode components = node.putArray("components");
        for (TemplatePayload.Parameters parameters : template.components()) {
          ObjectNode component = components.addObject();
          component.put("component", parameters.component().name());
          ArrayNode values = component.putArray("values");
          parameters.values().forEach(values::add);
        }
      }
      case MediaPayload media -> {
        node.put("url", media.url().toString());
        media.caption().ifPresent(caption -> node.put("caption", caption));
        media.fileName().ifPresent(fileName -> node.put("fileName", fileName));
      }
    }
    return node;
  }

  static MessagePayload payload(String json) {
    JsonNode node = read(json);
    String type = node.path("type").asText();
    return switch (type) {
      case "text" -> new TextPayload(node.path("value").asText());
      case "template" -> {
        List<TemplatePayload.Parameters> components = new ArrayList<>();
        for (JsonNode component : node.path("components")) {
          components.add(new TemplatePayload.Parameters(
              ComponentType.valueOf(component.path("component").asText()), strings(component.path("values"))));
        }
        yield new TemplatePayload(new TemplateId(UUID.fromString(node.path("templateId").asText())), components);
      }
      default -> new MediaPayload(
          MediaPayload.Kind.valueOf(type.toUpperCase(Locale.ROOT)),
          URI.create(node.path("url").asText()),
          optionalText(node, "caption"),
          optionalText(node, "fileName"));
    };
  }

  /** NULL when there are no headers. */
  static String headers(EmailHeaders headers) {
    ObjectNode node = headersNode(headers);
    return node == null ? null : write(node);
  }

  private static ObjectNode headersNode(EmailHeaders headers) {
    if (headers.equals(EmailHeaders.NONE)) {
      return null;
    }
    ObjectNode node = MAPPER.createObjectNode();
    headers.subject().ifPresent(subject -> node.put("subject", subject));
    ArrayNode cc = node.putArray("cc");
    headers.cc().forEach(address -> cc.add(address.value()));
    ArrayNode bcc = node.putArray("bcc");
    headers.bcc().forEach(address -> bcc.add(address.value()));
    return node;
  }

  static EmailHeaders headers(String json) {
    if (json == null) {
      return EmailHeaders.NONE;
    }
    JsonNode node = read(json);
    return new EmailHeaders(
        optionalText(node, "subject"),
        strings(node.path("cc")).stream().map(EmailAddress::new).toList(),
        strings(node.path("bcc")).stream().map(EmailAddress::new).toList());
  }

  static String strings(List<String> values) {
    ArrayNode array = MAPPER.createArrayNode();
    values.forEach(array::add);
    return write(array);
  }

  static List<String> strings(String json) {
    return strings(read(json));
  }

  static String components(List<TemplateComponent> components) {
    ArrayNode array = MAPPER.createArrayNode();
    for (TemplateComponent component : components) {
      array.addObject().put("type", component.type().name()).put("text", component.text());
    }
    return write(array);
  }

  static List<TemplateComponent> components(String json) {
    List<TemplateComponent> components = new ArrayList<>();
    for (JsonNode node : read(json)) {
      components.add(new TemplateComponent(ComponentType.valueOf(node.path("type").asText()), node.path("text").asText()));
    }
    return components;
  }

  /** The state an event carries: the resource's attributes after the change, by their public (camelCase) names. */
  static String snapshot(ChangeEvent.Resource resource) {
    ObjectNode node = MAPPER.createObjectNode();
    switch (resource) {
      case ChangeEvent.Resource.ThreadState(MessageThread thread) -> {
        node.put("id", thread.id().toString());
        node.put("channel", thread.channel().wireName());
        node.put("identifier", thread.identifier().value());
        node.put("chatbotPaused", thread.chatbotPaused());
        node.put("candidateId", thread.candidateId().map(Object::toString).orElse(null));
        node.put("createdAt", instant(thread.createdAt()));
        node.put("updatedAt", instant(thread.updatedAt()));
        node.put("lastInboundAt", thread.lastInboundAt().map(Json::instant).orElse(null));
      }
      case ChangeEvent.Resource.MessageState(Message message) -> {
        node.put("id", message.id().toString());
        node.put("messageThreadId", message.threadId().toString());
        node.put("channel", message.channel().wireName());
        node.put("origin", message.origin().wireName());
        node.put("sendBy", message.sendBy());
        node.set("payload", payloadNode(message.payload()));
        node.set("emailHeaders", headersNode(message.emailHeaders()));
        node.put("deliveryStatus", message.deliveryStatus().wireName());
        ArrayNode errors = node.putArray("errorMessages");
        message.errorMessages().forEach(errors::add);
        node.put("providerMessageId", message.providerMessageId().orElse(null));
        node.put("createdAt", instant(message.createdAt()));
        node.put("updatedAt", instant(message.updatedAt()));
      }
      case ChangeEvent.Resource.TemplateState(MessageTemplate template) -> {
        node.put("id", template.id().toString());
        node.put("name", template.name());
        node.put("language", template.language());
        node.put("category", template.category().name());
        node.set("components", read(components(template.components())));
        node.put("status", template.status().wireName());
        node.put("createdAt", instant(template.createdAt()));
        node.put("updatedAt", instant(template.updatedAt()));
      }
      case ChangeEvent.Resource.ChannelState(RegisteredChannel channel) -> {
        ChannelConnection connection = channel.connection();
        node.put("id", connection.id().toString());
        node.put("platform", connection.platform().wireName());
        node.put("provider", connection.provider().wireName());
        node.set("settings", read(stringMap(connection.settings())));
        ArrayNode credentials = node.putArray("credentials");
        new TreeSet<>(connection.credentials().keySet()).forEach(credentials::add);
        node.put("apiBaseUrl", connection.apiBaseUrl().map(URI::toString).orElse(null));
        node.put("isDefault", channel.isDefault());
        node.put("createdAt", instant(connection.createdAt()));
        node.put("updatedAt", instant(connection.updatedAt()));
      }
    }
    return write(node);
  }

  /**
   * The resource an event stored with {@link #snapshot}, read back for the webhook sender. {@code resourceType} is
   * the events row's {@code resource_type}, as {@link JdbiEventSink#resourceType} wrote it.
   */
  static ChangeEvent.Resource resource(String resourceType, OrganizationId organization, String json) {
    JsonNode node = read(json);
    return switch (resourceType) {
      case "messageThreads" -> new ChangeEvent.Resource.ThreadState(thread(organization, node));
      case "messages" -> new ChangeEvent.Resource.MessageState(message(organization, node));
      case "messageTemplates" -> new ChangeEvent.Resource.TemplateState(template(organization, node));
      case "channels" -> new ChangeEvent.Resource.ChannelState(channel(organization, node));
      default -> throw new IllegalStateException("unknown resource type in events: " + resourceType);
    };
  }

  /**
   * Does nothing at run time. Its switch is exhaustive so that a new kind of resource stops the build here: its
   * snapshot must also be read back in {@link #resource}, or its webhooks fail at send time.
   */
  @SuppressWarnings("unused")
  private static void everyResourceKindIsReadBack(ChangeEvent.Resource resource) {
    switch (resource) {
      case ChangeEvent.Resource.ThreadState state -> {}
      case ChangeEvent.Resource.MessageState state -> {}
      case ChangeEvent.Resource.TemplateState state -> {}
      case ChangeEvent.Resource.ChannelState state -> {}
    }
  }

  private static MessageThread thread(OrganizationId organization, JsonNode node) {
    Channel channel = channel(node);
    String identifier = node.path("identifier").asText();
    return MessageThread.rehydrate(
        new ThreadId(UUID.fromString(node.path("id").asText())),
        organization,
        channel,
        channel.usesPhoneNumbers() ? new PhoneNumber(identifier) : new EmailAddress(identifier),
        node.path("chatbotPaused").asBoolean(),
        optionalText(node, "candidateId").map(UUID::fromString).map(CandidateId::new),
        Instant.parse(node.path("createdAt").asText()),
        Instant.parse(node.path("updatedAt").asText()),
        optionalText(node, "lastInboundAt").map(Instant::parse));
  }

  private static Message message(OrganizationId organization, JsonNode node) {
    JsonNode headers = node.get("emailHeaders");
    return Message.rehydrate(
        new MessageId(UUID.fromString(node.path("id").asText())),
        organization,
        new ThreadId(UUID.fromString(node.path("messageThreadId").asText())),
        channel(node),
        Origin.valueOf(node.path("origin").asText().toUpperCase(Locale.ROOT)),
        node.path("sendBy").asText(),
        payload(write(node.path("payload"))),
        headers == null || headers.isNull() ? EmailHeaders.NONE : headers(write(headers)),
        DeliveryStatus.fromWireName(node.path("deliveryStatus").asText())
            .orElseThrow(() -> new IllegalStateException("unknown delivery status in an event")),
        strings(node.path("errorMessages")),
        optionalText(node, "providerMessageId"),
        Instant.parse(node.path("createdAt").asText()),
        Instant.parse(node.path("updatedAt").asText()));
  }

  private static MessageTemplate template(OrganizationId organization, JsonNode node) {
    return new MessageTemplate(
        new TemplateId(UUID.fromString(node.path("id").asText())),
        organization,
        node.path("name").asText(),
        node.path("language").asText(),
        TemplateCategory.valueOf(node.path("category").asText()),
        components(write(node.path("components"))),
        TemplateStatus.valueOf(node.path("status").asText().toUpperCase(Locale.ROOT)),
        Instant.parse(node.path("createdAt").asText()),
        Instant.parse(node.path("updatedAt").asText()));
  }

  /** The credentials come back as their names, each with {@link ChannelConnection#REDACTED} as its value. */
  private static RegisteredChannel channel(OrganizationId organization, JsonNode node) {
    Map<String, String> credentials = new HashMap<>();
    strings(node.path("credentials")).forEach(name -> credentials.put(name, ChannelConnection.REDACTED));
    ChannelConnection connection = new ChannelConnection(
        new ConnectionId(UUID.fromString(node.path("id").asText())),
        organization,
        Channel.fromWireName(node.path("platform").asText())
            .orElseThrow(() -> new IllegalStateException("unknown platform in an event")),
        ProviderKind.fromWireName(node.path("provider").asText())
            .orElseThrow(() -> new IllegalStateException("unknown provider in an event")),
        stringMap(write(node.path("settings"))),
        credentials,
        optionalText(node, "apiBaseUrl").map(URI::create),
        Instant.parse(node.path("createdAt").asText()),
        Instant.parse(node.path("updatedAt").asText()));
    return new RegisteredChannel(connection, node.path("isDefault").asBoolean());
  }

  private static Channel channel(JsonNode node) {
    return Channel.fromWireName(node.path("channel").asText())
        .orElseThrow(() -> new IllegalStateException("unknown channel in an event"));
  }

  /**
   * A delivery's attempts: {@code [{"at":"...","status":200,"body":"..."}, {"at":"...","notSent":"reason"}]}.
   */
  static String attempts(List<WebhookAttempt> attempts) {
    ArrayNode array = MAPPER.createArrayNode();
    for (WebhookAttempt attempt : attempts) {
      ObjectNode node = array.addObject().put("at", instant(attempt.at()));
      switch (attempt.outcome()) {
        case AttemptOutcome.Responded responded ->
            node.put("status", responded.statusCode()).put("body", responded.bodyExcerpt());
        case AttemptOutcome.NotSent notSent -> node.put("notSent", notSent.reason());
      }
    }
    return write(array);
  }

  static List<WebhookAttempt> attempts(String json) {
    List<WebhookAttempt> attempts = new ArrayList<>();
    for (JsonNode node : read(json)) {
      AttemptOutcome outcome = node.has("notSent")
          ? new AttemptOutcome.NotSent(node.path("notSent").asText())
          : new AttemptOutcome.Responded(node.path("status").asInt(), node.path("body").asText());
      attempts.add(new WebhookAttempt(Instant.parse(node.path("at").asText()), outcome));
    }
    return attempts;
  }

  private static String instant(Instant instant) {
    return instant.toString();
  }

  /** A flat map of strings (channel settings and credentials) as a JSON object, keys sorted. */
  static String stringMap(java.util.Map<String, String> values) {
    ObjectNode node = MAPPER.createObjectNode();
    new java.util.TreeMap<>(values).forEach(node::put);
    return write(node);
  }

  static java.util.Map<String, String> stringMap(String json) {
    java.util.Map<String, String> values = new java.util.HashMap<>();
    read(json).properties().forEach(entry -> values.put(entry.getKey(), entry.getValue().asText()));
    return values;
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }

  private static Optional<String> optionalText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }

  /** What goes into an object written by {@link #object}. */
  @FunctionalInterface
  interface Fields {
    void write(JsonGenerator object) throws IOException;
  }

  /** A JSON object written field by field, without building a tree first. */
  static String object(Fields fields) {
    StringWriter text = new StringWriter(512);
    try (JsonGenerator object = MAPPER.getFactory().createGenerator(text)) {
      object.writeStartObject();
      fields.write(object);
      object.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON", e);
    }
    return text.toString();
  }

  private static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static JsonNode read(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is unreadable: " + e.getOriginalMessage(), e);
    }
  }
}
