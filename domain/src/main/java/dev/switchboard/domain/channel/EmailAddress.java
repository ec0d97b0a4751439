package dev.switchboard.domain.channel;

import dev.switchboard.domain.Validated;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A mailbox address. The local part keeps its case (RFC 5321 lets servers treat it case-sensitively); the domain is
 * lower-cased because DNS names are case-insensitive. The check is deliberately practical, not the full RFC 5322
 * grammar: one {@code @}, a non-empty local part without spaces, and a dotted domain of letters, digits and hyphens.
 */
public record EmailAddress(String value) implements Identifier {

  public static final String INVALID_CODE = "invalid_email_address";
  private static final int MAX_LENGTH = 254;
  private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\\-]{1,64}");
  private static final Pattern DOMAIN =
      Pattern.compile("(?:[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

  public EmailAddress {
    Objects.requireNonNull(value, "value");
    if (!isCanonical(value)) {
      throw new IllegalArgumentException("not a canonical email address: " + value);
    }
  }

  public static Validated<EmailAddress> parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return Validated.invalid(INVALID_CODE, "Email address is required when channel is email");
    }
    String trimmed = raw.strip();
    int at = trimmed.lastIndexOf('@');
    // Only ASCII is accepted; checked before lower-casing, which folds the Kelvin sign (U+212A) into 'k'.
    if (at <= 0 || !trimmed.chars().allMatch(c -> c < 0x80)) {
      return invalid(trimmed);
    }
    String candidate = trimmed.substring(0, at) + "@" + trimmed.substring(at + 1).toLowerCase(Locale.ROOT);
    return isCanonical(candidate) ? Validated.valid(new EmailAddress(candidate)) : invalid(trimmed);
  }

  /** Parses every address of a list; the first invalid one refuses the whole list. */
  public static Validated<List<EmailAddress>> parseAll(List<String> raws) {
    List<EmailAddress> addresses = new ArrayList<>();
    for (String raw : raws) {
      switch (parse(raw)) {
        case Validated.Valid<EmailAddress> valid -> addresses.add(valid.value());
        case Validated.Invalid<EmailAddress> invalid -> {
          return new Validated.Invalid<>(invalid.violation());
        }
      }
    }
    return Validated.valid(List.copyOf(addresses));
  }

  private static boolean isCanonical(String address) {
    int at = address.indexOf('@');
    if (address.length() > MAX_LENGTH || at <= 0 || at != address.lastIndexOf('@')) {
      return false;
    }
    String local = address.substring(0, at);
    return LOCAL.matcher(local).matches()
        && !local.startsWith(".")
        && !local.endsWith(".")
        && !local.contains("..")
        && DOMAIN.matcher(address.substring(at + 1)).matches();
  }

  private static Validated<EmailAddress> invalid(String raw) {
    return Validated.invalid(INVALID_CODE, "'" + raw + "' is not a valid email address");
  }
}
