package nl.burgernet.participant.entity;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dutch postcode, always written "1234 AB". Accepts the usual ways people type it (without the
 * space, lower case); refuses what cannot exist (a leading zero, the letter pairs SA, SD and SS,
 * which PostNL does not issue).
 */
public record Postcode(String value) {

  private static final Pattern INPUT = Pattern.compile("([1-9][0-9]{3})\\s?([A-Z]{2})");

  public Postcode {
    if (value == null) {
      throw new IllegalArgumentException("a postcode is required");
    }
    Matcher matcher = INPUT.matcher(value.strip().toUpperCase(Locale.ROOT));
    if (!matcher.matches() || isUnused(matcher.group(2))) {
      throw new IllegalArgumentException("not a Dutch postcode");
    }
    value = matcher.group(1) + " " + matcher.group(2);
  }

  public static Postcode of(String input) {
    return new Postcode(input);
  }

  public static boolean isValid(String input) {
    try {
      of(input);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The four digits: the postcode area (PC4) CBS publishes its figures per postcode for. */
  public String area() {
    return value.substring(0, 4);
  }

  /** "1234AB", the form lookup services such as PDOK index. */
  public String compact() {
    return value.replace(" ", "");
  }

  private static boolean isUnused(String letters) {
    return letters.equals("SA") || letters.equals("SD") || letters.equals("SS");
  }

  @Override
  public String toString() {
    return value;
  }
}
