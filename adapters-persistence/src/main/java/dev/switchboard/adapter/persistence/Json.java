package dev.switchboard.adapter.persistence;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

  /** Buffers shared across threads: accepts render their rows on request threads, each a new virtual thread. */
  private static final ObjectMapper MAPPER = new ObjectMapper(
      JsonFactory.builder().recyclerPool(JsonRecyclerPools.newConcurrentDequePool()).build());

  private Json() {}

  static String payload(MessagePayload payload) {
    return object(out -> payloadFields(out, payload));
  }

  private static void payloadFields(JsonGenerator out, MessagePayload payload) throws IOException {
    out.writeStringField("type", payload.type());
    switch (payload) {
      case TextPayload text -> out.writeStringField("value", text.value());
      case TemplatePayload template -> {
        out.writeStringField("templateId", template.templateId().value().toString());
        out.writeArrayFieldStart("components");
        for (TemplatePayload.Parameters parameters : template.components()) {
          out.writeStartObject();
          out.writeStringField("component", parameters.component().name());
          out.writeFieldName("values");
          stringArray(out, parameters.values());
          out.writeEndObject();
        }
        out.writeEndArray();
      }
      case MediaPayload media -> {
        out.writeStringField("url", media.url().toString());
        if (media.caption().isPresent()) {
          out.writeStringField("caption", media.caption().get());
        }
        if (media.fileName().isPresent()) {
          out.writeStringField("fileName", media.fileName().get());
        }
      }
    }
  }

  static MessagePayload payload(String json) {
    return payload(read(json));
  }

  private static MessagePayload payload(JsonNode node) {
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
    return headers.equals(EmailHeaders.NONE) ? null : object(out -> headersFields(out, headers));
  }

  private static void headersFields(JsonGenerator out, EmailHeaders headers) throws IOException {
    if (headers.subject().isPresent()) {
      out.writeStringField("subject", headers.subject().get());
    }
    out.writeFieldName("cc");
    stringArray(out, headers.cc().stream().map(EmailAddress::value).toList());
    out.writeFieldName("bcc");
    stringArray(out, headers.bcc().stream().map(EmailAddress::value).toList());
  }

  static EmailHeaders headers(String json) {
    return json == null ? EmailHeaders.NONE : headers(read(json));
  }

  private static EmailHeaders headers(JsonNode node) {
    return new EmailHeaders(
        optionalText(node, "subject"),
        strings(node.path("cc")).stream().map(EmailAddress::new).toList(),
        strings(node.path("bcc")).stream().map(EmailAddress::new).toList());
  }

  static String strings(List<String> values) {
    return json(out -> stringArray(out, values));
  }

  private static void stringArray(JsonGenerator out, Iterable<String> values) throws IOException {
    out.writeStartArray();
    for (String value : values) {
      out.writeString(value);
    }
    out.writeEndArray();
  }

  static List<String> strings(String json) {
    return strings(read(json));
  }

  static String components(List<TemplateComponent> components) {
    return json(out -> componentArray(out, components));
  }

  private static void componentArray(JsonGenerator out, List<TemplateComponent> components) throws IOException {
    out.writeStartArray();
    for (TemplateComponent component : components) {
      out.writeStartObject();
      out.writeStringField("type", component.type().name());
      out.writeStringField("text", component.text());
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  static List<TemplateComponent> components(String json) {
    return components(read(json));
  }

  private static List<TemplateComponent> components(JsonNode array) {
    List<TemplateComponent> components = new ArrayList<>();
    for (JsonNode node : array) {
      components.add(new TemplateComponent(ComponentType.valueOf(node.path("type").asText()), node.path("text").asText()));
    }
    return components;
  }

  /** The state an event carries: the resource's attributes after the change, by their public (camelCase) names. */
  static String snapshot(ChangeEvent.Resource resource) {
    return object(out -> {
      switch (resource) {
        case ChangeEvent.Resource.ThreadState(MessageThread thread) -> {
          out.writeStringField("id", thread.id().toString());
          out.writeStringField("channel", thread.channel().wireName());
          out.writeStringField("identifier", thread.identifier().value());
          out.writeBooleanField("chatbotPaused", thread.chatbotPaused());
          out.writeStringField("candidateId", thread.candidateId().map(Object::toString).orElse(null));
          out.writeStringField("createdAt", instant(thread.createdAt()));
          out.writeStringField("updatedAt", instant(thread.updatedAt()));
          out.writeStringField("lastInboundAt", thread.lastInboundAt().map(Json::instant).orElse(null));
        }
        case ChangeEvent.Resource.MessageState(Message message) -> {
          out.writeStringField("id", message.id().toString());
          out.writeStringField("messageThreadId", message.threadId().toString());
          out.writeStringField("channel", message.channel().wireName());
          out.writeStringField("origin", message.origin().wireName());
          out.writeStringField("sendBy", message.sendBy());
          out.writeObjectFieldStart("payload");
          payloadFields(out, message.payload());
          out.writeEndObject();
          if (message.emailHeaders().equals(EmailHeaders.NONE)) {
            out.writeNullField("emailHeaders");
          } else {
            out.writeObjectFieldStart("emailHeaders");
            headersFields(out, message.emailHeaders());
            out.writeEndObject();
          }
          out.writeStringField("deliveryStatus", message.deliveryStatus().wireName());
          out.writeFieldName("errorMessages");
          stringArray(out, message.errorMessages());
          out.writeStringField("providerMessageId", message.providerMessageId().orElse(null));
          out.writeStringField("createdAt", instant(message.createdAt()));
          out.writeStringField("updatedAt", instant(message.updatedAt()));
        }
        case ChangeEvent.Resource.TemplateState(MessageTemplate template) -> {
          out.writeStringField("id", template.id().toString());
          out.writeStringField("name", template.name());
          out.writeStringField("language", template.language());
          out.writeStringField("category", template.category().name());
          out.writeFieldName("components");
          componentArray(out, template.components());
          out.writeStringField("status", template.status().wireName());
          out.writeStringField("createdAt", instant(template.createdAt()));
          out.writeStringField("updatedAt", instant(template.updatedAt()));
        }
        case ChangeEvent.Resource.ChannelState(RegisteredChannel channel) -> {
          ChannelConnection connection = channel.connection();
          out.writeStringField("id", connection.id().toString());
          out.writeStringField("platform", connection.platform().wireName());
          out.writeStringField("provider", connection.provider().wireName());
          out.writeObjectFieldStart("settings");
          stringMapFields(out, connection.settings());
          out.writeEndObject();
          out.writeFieldName("credentials");
          stringArray(out, new TreeSet<>(connection.credentials().keySet()));
          out.writeStringField("apiBaseUrl", connection.apiBaseUrl().map(URI::toString).orElse(null));
          out.writeBooleanField("isDefault", channel.isDefault());
          out.writeStringField("createdAt", instant(connection.createdAt()));
          out.writeStringField("updatedAt", instant(connection.updatedAt()));
        }
      }
    });
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
        payload(node.path("payload")),
        headers == null || headers.isNull() ? EmailHeaders.NONE : headers(headers),
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
        components(node.path("components")),
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
        stringMap(node.path("settings")),
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
    return json(out -> {
      out.writeStartArray();
      for (WebhookAttempt attempt : attempts) {
        out.writeStartObject();
        out.writeStringField("at", instant(attempt.at()));
        switch (attempt.outcome()) {
          case AttemptOutcome.Responded responded -> {
            out.writeNumberField("status", responded.statusCode());
            out.writeStringField("body", responded.bodyExcerpt());
          }
          case AttemptOutcome.NotSent notSent -> out.writeStringField("notSent", notSent.reason());
        }
        out.writeEndObject();
      }
      out.writeEndArray();
    });
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
    return object(out -> stringMapFields(out, values));
  }

  private static void stringMapFields(JsonGenerator out, java.util.Map<String, String> values) throws IOException {
    for (var entry : new java.util.TreeMap<>(values).entrySet()) {
      out.writeStringField(entry.getKey(), entry.getValue());
    }
  }

  static java.util.Map<String, String> stringMap(String json) {
    return stringMap(read(json));
  }

  private static java.util.Map<String, String> stringMap(JsonNode object) {
    java.util.Map<String, String> values = new java.util.HashMap<>();
    object.properties().forEach(entry -> values.put(entry.getKey(), entry.getValue().asText()));
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

  /** What goes into a value written by {@link #json}, or into an object written by {@link #object}. */
  @FunctionalInterface
  interface Fields {
    void write(JsonGenerator out) throws IOException;
  }

  /** A JSON object written field by field, without building a tree first. */
  static String object(Fields fields) {
    return json(out -> {
      out.writeStartObject();
      fields.write(out);
      out.writeEndObject();
    });
  }

  /** One JSON value written straight to text. */
  private static String json(Fields value) {
    StringWriter text = new StringWriter(256);
    try (JsonGenerator out = MAPPER.getFactory().createGenerator(text)) {
      value.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON", e);
    }
    return text.toString();
  }

  private static JsonNode read(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is unreadable: " + e.getOriginalMessage(), e);
    }
  }
}
