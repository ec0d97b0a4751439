package dev.switchboard.domain.channel;

import dev.switchboard.domain.Validated;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An international phone number stored as its digits with the country code and without a leading {@code +}, as the
 * Recrubo API writes them ({@code 31612345678}). ITU E.164 caps a number at 15 digits; 8 is the shortest that still
 * holds a country code and a subscriber number.
 */
public record PhoneNumber(String value) implements Identifier {

  public static final String INVALID_CODE = "invalid_phone_number";
  private static final Pattern DIGITS = Pattern.compile("[1-9][0-9]{7,14}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()\\[\\]]");

  public PhoneNumber {
    Objects.requireNonNull(value, "value");
    if (!DIGITS.matcher(value).matches()) {
      throw new IllegalArgumentException("not a canonical phone number: " + value);
    }
  }

  /**
   * Accepts {@code 31612345678}, {@code +31 6 1234 5678} and {@code 0031 6 1234 5678}; spaces, dashes, dots and
   * brackets are ignored. A number in national format ({@code 0612345678}) is refused because the country code
   * cannot be guessed.
   */
  public static Validated<PhoneNumber> parse(String raw, Channel channel) {
    if (raw == null || raw.isBlank()) {
      return Validated.invalid(INVALID_CODE, "Phone number is required when channel is " + channel.wireName());
    }
    String compact = SEPARATORS.matcher(raw.strip()).replaceAll("");
    String digits;
    if (compact.startsWith("+")) {
      digits = compact.substring(1);
    } else if (compact.startsWith("00")) {
      digits = compact.substring(2);
    } else if (compact.startsWith("0")) {
      return missingCountryCode(channel);
    } else {
      digits = compact;
    }
    if (!digits.chars().allMatch(c -> c >= '0' && c <= '9') || digits.isEmpty()) {
      return Validated.invalid(INVALID_CODE, "Phone number may hold only digits, spaces, dashes, dots and brackets");
    }
    if (digits.startsWith("0") || digits.length() < 8 || digits.length() > 15) {
      return missingCountryCode(channel);
    }
    return Validated.valid(new PhoneNumber(digits));
  }

  private static Validated<PhoneNumber> missingCountryCode(Channel channel) {
    return Validated.invalid(
        INVALID_CODE,
        "Phone number must have a country code when channel is " + channel.wireName());
  }
}
