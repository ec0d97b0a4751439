package dev.switchboard.domain.thread;

import java.util.Objects;
import java.util.UUID;

/** A candidate in the customer's own system; Switchboard stores the reference only. */
public record CandidateId(UUID value) {
  public CandidateId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
