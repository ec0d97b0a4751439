package dev.switchboard.application.port.out;

import java.util.List;
import java.util.Objects;

/** What a provider callback amounts to, once its signature is checked. */
public sealed interface CallbackOutcome {

  /** A subscription check (WhatsApp's hub verification): answer 200 with exactly this body. */
  record Challenge(String responseBody) implements CallbackOutcome {
    public Challenge {
      Objects.requireNonNull(responseBody, "responseBody");
    }
  }

  /**
   * A genuine callback: apply these facts (possibly none, e.g. an event type the gateway ignores), then answer 200
   * with {@code acknowledgement} (Twilio expects TwiML, the others an empty body).
   */
  record Facts(List<ProviderFact> facts, Acknowledgement acknowledgement) implements CallbackOutcome {
    public Facts {
      facts = List.copyOf(facts);
      Objects.requireNonNull(acknowledgement, "acknowledgement");
    }

    public Facts(List<ProviderFact> facts) {
      this(facts, Acknowledgement.EMPTY);
    }
  }

  /** The body of a 200 answer to a genuine callback. */
  record Acknowledgement(String contentType, String body) {
    public static final Acknowledgement EMPTY = new Acknowledgement("text/plain", "");

    public Acknowledgement {
      Objects.requireNonNull(contentType, "contentType");
      Objects.requireNonNull(body, "body");
    }
  }

  /**
   * Not to be trusted or not understood: bad or missing signature (401), wrong verify token (403), malformed body
   * (400). Answer with {@code httpStatus}; the reason is for logs, never for the caller.
   */
  record Rejected(int httpStatus, String reason) implements CallbackOutcome {
    public Rejected {
      Objects.requireNonNull(reason, "reason");
      if (httpStatus < 400 || httpStatus > 599) {
        throw new IllegalArgumentException("a rejection answers with an error status: " + httpStatus);
      }
    }
  }
}
