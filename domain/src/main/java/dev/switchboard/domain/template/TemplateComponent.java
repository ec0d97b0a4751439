package dev.switchboard.domain.template;

import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One part of a template: its text with {@code {{1}}}-style placeholders. */
public record TemplateComponent(ComponentType type, String text) {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\d+)}}");

  public TemplateComponent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("a " + type + " component needs text");
    }
  }

  /** How many parameters the text expects: the highest placeholder number. */
  public int placeholderCount() {
    Matcher matcher = PLACEHOLDER.matcher(text);
    int highest = 0;
    while (matcher.find()) {
      highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
    }
    return highest;
  }

  /** Whether the placeholders are numbered 1..n without gaps, as WhatsApp requires. */
  boolean hasSequentialPlaceholders() {
    List<String> numbers = PLACEHOLDER.matcher(text).results().map(match -> match.group(1)).toList();
    BitSet seen = new BitSet();
    for (String digits : numbers) {
      // A number above the count of placeholders leaves a gap; refusing it before parsing keeps {{99999999999}}
      // from overflowing and {{2000000000}} from sizing the bit set.
      if (digits.length() > 9) {
        return false;
      }
      int number = Integer.parseInt(digits);
      if (number == 0 || number > numbers.size()) {
        return false;
      }
      seen.set(number);
    }
    return seen.cardinality() == placeholderCount();
  }

  /** The text with {@code {{i}}} replaced by {@code values[i-1]}; the caller has checked the count. */
  public String render(List<String> values) {
    return PLACEHOLDER.matcher(text)
        .replaceAll(match -> Matcher.quoteReplacement(values.get(Integer.parseInt(match.group(1)) - 1)));
  }
}
