package dev.switchboard.application.port.in;

import dev.switchboard.domain.Violation;
import dev.switchboard.domain.organization.Organization;
import dev.switchboard.domain.organization.OrganizationId;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Renames an organization or changes its webhook destination and secret. An absent name stays as it is; the
 * webhook fields are {@link Change}s, because a PATCH distinguishes a missing attribute (unchanged) from
 * {@code null} (cleared) and a value (set).
 */
public interface UpdateOrganizationUseCase {

  /**
   * What to do with an optional attribute: leave it as it is, clear it, or set it. The HTTP adapter maps a missing
   * JSON attribute to {@link #unchanged()}, {@code null} to {@link #cleared()} and a value to {@link #set}.
   */
  sealed interface Change<T> {
    record Unchanged<T>() implements Change<T> {}

    record Cleared<T>() implements Change<T> {}

    record SetTo<T>(T value) implements Change<T> {
      public SetTo {
        Objects.requireNonNull(value, "value");
      }
    }

    static <T> Change<T> unchanged() {
      return new Unchanged<>();
    }

    static <T> Change<T> cleared() {
      return new Cleared<>();
    }

    static <T> Change<T> set(T value) {
      return new SetTo<>(value);
    }

    /** The value after applying this change to {@code current}. */
    default Optional<T> applyTo(Optional<T> current) {
      return switch (this) {
        case Unchanged<T> unchanged -> current;
        case Cleared<T> cleared -> Optional.empty();
        case SetTo<T> set -> Optional.of(set.value());
      };
    }
  }

  record Command(
      OrganizationId id, Optional<String> name, Change<URI> webhookUrl, Change<String> webhookSecret) {
    public Command {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(webhookUrl, "webhookUrl");
      Objects.requireNonNull(webhookSecret, "webhookSecret");
    }
  }

  sealed interface Result {
    record Updated(Organization organization) implements Result {}

    record NotFound() implements Result {}

    /** Invalid input: a blank or too long name, a webhook URL that is not absolute http(s), a blank secret. */
    record Rejected(Violation violation) implements Result {}
  }

  Result update(Command command);
}
