package nl.burgernet.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers and times as Dutch users read them, whatever the language of the texts: numbers in nl-NL
 * notation, times in Europe/Amsterdam.
 */
@Named
@ApplicationScoped
public class Formats {

  public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss", DUTCH).withZone(AMSTERDAM);

  /** A whole number with thousands separators, e.g. 1.877.684; blank for null. */
  public String number(Number value) {
    return value == null ? "" : NumberFormat.getIntegerInstance(DUTCH).format(value);
  }

  /** A number with exactly the given number of decimals, e.g. 2,21; blank for null. */
  public String decimal(Number value, int decimals) {
    if (value == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(DUTCH);
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    return format.format(value);
  }

  /** A point in time in Dutch time, e.g. 31-03-2026 14:05:09; blank for null. */
  public String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }
}
