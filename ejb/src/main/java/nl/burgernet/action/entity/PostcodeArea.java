package nl.burgernet.action.entity;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.burgernet.participant.entity.Postcode;

/**
 * Everyone whose home or work postcode is in the set: four-digit areas (PC4, "3511") and full
 * postcodes (PC6, "3511 AB"), kept in the stored form of participant postcodes.
 */
public record PostcodeArea(Set<String> postcodes) implements Area {

  private static final Pattern FOUR_DIGITS = Pattern.compile("[1-9][0-9]{3}");

  public PostcodeArea {
    if (postcodes == null || postcodes.isEmpty()) {
      throw new InvalidAreaException("action.area.postcodes.empty", "name at least one postcode");
    }
    postcodes = postcodes.stream().map(PostcodeArea::normalised).collect(Collectors.toSet());
  }

  private static String normalised(String input) {
    String text = input == null ? "" : input.strip().toUpperCase(Locale.ROOT);
    if (FOUR_DIGITS.matcher(text).matches()) {
      return text;
    }
    try {
      return Postcode.of(text).value();
    } catch (IllegalArgumentException e) {
      throw new InvalidAreaException("action.area.postcodes.invalid", "not a postcode: " + input);
    }
  }

  /** The four-digit areas of the set. */
  public Set<String> areas() {
    return postcodes.stream().filter(p -> p.length() == 4).collect(Collectors.toSet());
  }

  /** The full postcodes of the set. */
  public Set<String> fullPostcodes() {
    return postcodes.stream().filter(p -> p.length() > 4).collect(Collectors.toSet());
  }
}
