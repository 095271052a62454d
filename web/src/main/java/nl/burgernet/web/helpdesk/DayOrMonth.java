package nl.burgernet.web.helpdesk;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import nl.burgernet.platform.boundary.InvalidInputException;

/**
 * A bound of the period a ticket list covers, as links write it: a day (2026-11-05) or a whole
 * month (2026-11, as the management report links), which starts on its first day and ends on its
 * last.
 */
final class DayOrMonth {

  private DayOrMonth() {}

  /** The first day the text names; null when left out. */
  static LocalDate from(String text) {
    return parse(text, false);
  }

  /** The last day the text names; null when left out. */
  static LocalDate to(String text) {
    return parse(text, true);
  }

  private static LocalDate parse(String text, boolean end) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    try {
      if (value.length() == "yyyy-MM".length()) {
        YearMonth month = YearMonth.parse(value);
        return end ? month.atEndOfMonth() : month.atDay(1);
      }
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("helpdesk.filter.date", value);
    }
  }
}
