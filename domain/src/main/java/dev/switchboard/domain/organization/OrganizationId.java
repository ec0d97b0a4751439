package dev.switchboard.domain.organization;

import java.util.Objects;
import java.util.UUID;

/** The tenant that owns a row. Every repository call carries one. */
public record OrganizationId(UUID value) {
  public OrganizationId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
