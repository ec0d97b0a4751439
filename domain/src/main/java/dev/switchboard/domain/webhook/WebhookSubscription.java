package dev.switchboard.domain.webhook;

import dev.switchboard.domain.Validated;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.organization.OrganizationRules;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A webhook: the organization wants to hear about {@code event}s of one kind of {@code resource}. For updates,
 * {@code fields} narrows it to changes of those attributes (any of them); empty means every update. Without its own
 * {@code url} the webhook posts to the organization's webhook URL.
 */
public record WebhookSubscription(
    WebhookId id,
    OrganizationId organizationId,
    WebhookResource resource,
    WebhookEvent event,
    List<String> fields,
    Optional<URI> url,
    Instant createdAt,
    Instant updatedAt) {

  public static final String INVALID_FIELDS = "invalid_fields";
  public static final int MAX_FIELDS = 32;

  /** Public attribute names are camelCase words; anything else can never match a change. */
  private static final Pattern FIELD_NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,63}");

  public WebhookSubscription {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(event, "event");
    fields = List.copyOf(fields);
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Validated<?> checked = check(event, fields, url);
    if (checked instanceof Validated.Invalid<?> invalid) {
      throw new IllegalArgumentException(invalid.violation().reason());
    }
  }

  /** A new webhook from what a person asked for; repeated field names count once. */
  public static Validated<WebhookSubscription> create(
      WebhookId id,
      OrganizationId organizationId,
      WebhookResource resource,
      WebhookEvent event,
      List<String> fields,
      Optional<URI> url,
      Instant now) {
    List<String> distinct = List.copyOf(new LinkedHashSet<>(fields));
    return check(event, distinct, url)
        .map(ok -> new WebhookSubscription(id, organizationId, resource, event, distinct, url, now, now));
  }

  /** This webhook with new settings (the caller merges unchanged ones in), checked like a new one. */
  public Validated<WebhookSubscription> revise(
      WebhookResource newResource, WebhookEvent newEvent, List<String> newFields, Optional<URI> newUrl, Instant now) {
    List<String> distinct = List.copyOf(new LinkedHashSet<>(newFields));
    return check(newEvent, distinct, newUrl)
        .map(ok -> new WebhookSubscription(id, organizationId, newResource, newEvent, distinct, newUrl, createdAt, now));
  }

  /** Whether a change of this kind, touching {@code changedFields}, is one this webhook wants. */
  public boolean matches(WebhookResource changedResource, WebhookEvent happened, List<String> changedFields) {
    return resource == changedResource
        && event == happened
        && (fields.isEmpty() || changedFields.stream().anyMatch(fields::contains));
  }

  private static Validated<Boolean> check(WebhookEvent event, List<String> fields, Optional<URI> url) {
    if (!fields.isEmpty() && event != WebhookEvent.UPDATE) {
      return Validated.invalid(INVALID_FIELDS, "'fields' only applies to the update event");
    }
    if (fields.size() > MAX_FIELDS) {
      return Validated.invalid(INVALID_FIELDS, "A webhook lists at most " + MAX_FIELDS + " fields");
    }
    for (String field : fields) {
      if (!FIELD_NAME.matcher(field).matches()) {
        return Validated.invalid(
            INVALID_FIELDS, "'" + field + "' is not an attribute name; use the camelCase names, e.g. deliveryStatus");
      }
    }
    if (url.isPresent() && OrganizationRules.webhookUrl(url.get()) instanceof Validated.Invalid<URI> invalid) {
      return new Validated.Invalid<>(invalid.violation());
    }
    return Validated.valid(Boolean.TRUE);
  }
}
