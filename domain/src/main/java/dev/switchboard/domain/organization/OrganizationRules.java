package dev.switchboard.domain.organization;

import dev.switchboard.domain.Validated;
import java.net.URI;
import java.util.Locale;

/**
 * What an organization's attributes must look like. The name is shown to people; the webhook URL is where its
 * events go, so it must be an absolute http(s) URL; the secret signs those events.
 */
public final class OrganizationRules {

  public static final String INVALID_NAME = "invalid_name";
  public static final String INVALID_WEBHOOK_URL = "invalid_webhook_url";
  public static final String INVALID_WEBHOOK_SECRET = "invalid_webhook_secret";

  public static final int MAX_NAME_LENGTH = 255;
  public static final int MAX_WEBHOOK_URL_LENGTH = 2048;
  public static final int MAX_WEBHOOK_SECRET_LENGTH = 255;

  private OrganizationRules() {}

  /** The name with surrounding blanks removed; it must keep at least one character. */
  public static Validated<String> name(String raw) {
    String name = raw.strip();
    if (name.isEmpty()) {
      return Validated.invalid(INVALID_NAME, "An organization needs a name");
    }
    if (name.length() > MAX_NAME_LENGTH) {
      return Validated.invalid(INVALID_NAME, "An organization name has at most " + MAX_NAME_LENGTH + " characters");
    }
    return Validated.valid(name);
  }

  public static Validated<URI> webhookUrl(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!url.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
      return Validated.invalid(INVALID_WEBHOOK_URL, "The webhook URL must be an absolute http or https URL");
    }
    if (url.getHost() == null || url.getHost().isEmpty()) {
      return Validated.invalid(INVALID_WEBHOOK_URL, "The webhook URL needs a host");
    }
    if (url.getRawUserInfo() != null) {
      return Validated.invalid(INVALID_WEBHOOK_URL, "The webhook URL must not carry a user name or password");
    }
    if (url.toString().length() > MAX_WEBHOOK_URL_LENGTH) {
      return Validated.invalid(
          INVALID_WEBHOOK_URL, "The webhook URL has at most " + MAX_WEBHOOK_URL_LENGTH + " characters");
    }
    return Validated.valid(url);
  }

  public static Validated<String> webhookSecret(String secret) {
    if (secret.isBlank()) {
      return Validated.invalid(INVALID_WEBHOOK_SECRET, "The webhook secret must not be blank");
    }
    if (secret.length() > MAX_WEBHOOK_SECRET_LENGTH) {
      return Validated.invalid(
          INVALID_WEBHOOK_SECRET, "The webhook secret has at most " + MAX_WEBHOOK_SECRET_LENGTH + " characters");
    }
    return Validated.valid(secret);
  }
}
