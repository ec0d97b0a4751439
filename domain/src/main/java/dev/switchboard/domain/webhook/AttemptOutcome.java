package dev.switchboard.domain.webhook;

import java.util.Objects;

/**
 * What one attempt to post a webhook got: a response (any status; only 2xx counts as delivered) or no response at
 * all, with the reason (connection refused, timeout, a refused target address).
 */
public sealed interface AttemptOutcome {

  /** The most of a response body a log keeps: enough to read an error message, not a whole page. */
  int MAX_EXCERPT_CHARS = 2048;

  boolean isSuccess();

  record Responded(int statusCode, String bodyExcerpt) implements AttemptOutcome {
    public Responded {
      if (statusCode < 100 || statusCode > 599) {
        throw new IllegalArgumentException("not an HTTP status code: " + statusCode);
      }
      bodyExcerpt = bounded(Objects.requireNonNull(bodyExcerpt, "bodyExcerpt"));
    }

    @Override
    public boolean isSuccess() {
      return statusCode >= 200 && statusCode < 300;
    }
  }

  record NotSent(String reason) implements AttemptOutcome {
    public NotSent {
      reason = bounded(Objects.requireNonNull(reason, "reason"));
    }

    @Override
    public boolean isSuccess() {
      return false;
    }
  }

  private static String bounded(String text) {
    return text.length() <= MAX_EXCERPT_CHARS ? text : text.substring(0, MAX_EXCERPT_CHARS);
  }
}
