package dev.switchboard.application.port.out;

import dev.switchboard.domain.connection.RegisteredChannel;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.template.MessageTemplate;
import dev.switchboard.domain.thread.MessageThread;
import dev.switchboard.domain.webhook.ResourceRef;
import dev.switchboard.domain.webhook.WebhookResource;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Something changed that webhook subscribers may want to hear about: which resource, how, which of its attributes
 * changed (for updates), and its state after the change (the last state, for deletes).
 */
public record ChangeEvent(
    OrganizationId organizationId, Kind kind, Resource resource, List<String> changedFields, Instant occurredAt) {

  public enum Kind {
    CREATE,
    UPDATE,
    DELETE
  }

  /** The resource, as it was right after the change. */
  public sealed interface Resource {
    /** Which resource this is: its JSON:API type and id. */
    ResourceRef ref();

    record ThreadState(MessageThread thread) implements Resource {
      @Override
      public ResourceRef ref() {
        return new ResourceRef(WebhookResource.MESSAGE_THREADS, thread.id().value());
      }
    }

    record MessageState(Message message) implements Resource {
      @Override
      public ResourceRef ref() {
        return new ResourceRef(WebhookResource.MESSAGES, message.id().value());
      }
    }

    record TemplateState(MessageTemplate template) implements Resource {
      @Override
      public ResourceRef ref() {
        return new ResourceRef(WebhookResource.MESSAGE_TEMPLATES, template.id().value());
      }
    }

    /**
     * A channel (provider connection) without its secrets: the credential values are replaced on construction
     * ({@link RegisteredChannel#withoutSecrets()}), so an event, and whatever stores or sends it, knows which
     * credentials are configured but never what they are.
     */
    record ChannelState(RegisteredChannel channel) implements Resource {
      public ChannelState {
        channel = channel.withoutSecrets();
      }

      @Override
      public ResourceRef ref() {
        return new ResourceRef(WebhookResource.CHANNELS, channel.id().value());
      }
    }
  }

  public ChangeEvent {
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(resource, "resource");
    changedFields = List.copyOf(changedFields);
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
