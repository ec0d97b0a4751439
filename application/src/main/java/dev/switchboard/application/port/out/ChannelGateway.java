package dev.switchboard.application.port.out;

import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.template.MessageTemplate;
import dev.switchboard.domain.thread.MessageThread;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Hands one message to the provider of its thread's channel and says how that went. */
public interface ChannelGateway {

  /** The message, its thread (for the recipient) and, for template messages, the template. */
  record Delivery(Message message, MessageThread thread, Optional<MessageTemplate> template) {
    public Delivery {
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(thread, "thread");
      Objects.requireNonNull(template, "template");
    }
  }

  sealed interface SendOutcome {
    /**
     * The provider took the message under its own id. {@code warnings} name what went wrong for part of it, such as
     * email recipients the relay refused while it took the message for the others.
     */
    record Accepted(String providerMessageId, List<String> warnings) implements SendOutcome {
      public Accepted {
        Objects.requireNonNull(providerMessageId, "providerMessageId");
        warnings = List.copyOf(warnings);
      }

      public Accepted(String providerMessageId) {
        this(providerMessageId, List.of());
      }
    }

    /** A passing failure (rate limit, 5xx, timeout): try again, no earlier than {@code after} when it is known. */
    record RetryLater(Optional<Duration> after, String reason) implements SendOutcome {
      public RetryLater {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(reason, "reason");
      }
    }

    /**
     * Not attempted: the channel's send rate is used up. Hand the message over again after {@code after}; this is
     * not a failed attempt and counts against no retry limit.
     */
    record Throttled(Duration after) implements SendOutcome {
      public Throttled {
        Objects.requireNonNull(after, "after");
      }
    }

    /** The provider will never take this message (invalid recipient, window closed, ...). */
    record Rejected(String reason) implements SendOutcome {
      public Rejected {
        Objects.requireNonNull(reason, "reason");
      }
    }
  }

  SendOutcome send(Delivery delivery);
}
