package nl.burgernet.platform.boundary;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Whole calendar months in Dutch time, both ends included, as the figures of trends and management
 * reports are asked for; at most three years at once.
 */
public record MonthPeriod(YearMonth from, YearMonth to) {

  public static final int MAXIMUM_MONTHS = 36;

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  public MonthPeriod {
    if (from == null
        || to == null
        || to.isBefore(from)
        || !from.plusMonths(MAXIMUM_MONTHS).isAfter(to)) {
      throw new InvalidInputException("figures.period", MAXIMUM_MONTHS);
    }
  }

  /** The first moment of the period. */
  public Instant start() {
    return from.atDay(1).atStartOfDay(AMSTERDAM).toInstant();
  }

  /** The first moment after the period. */
  public Instant end() {
    return to.plusMonths(1).atDay(1).atStartOfDay(AMSTERDAM).toInstant();
  }

  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
      months.add(month);
    }
    return months;
  }

  /** A month as written in links and the API, e.g. 2026-11; a clear refusal otherwise. */
  public static YearMonth parseMonth(String text) {
    try {
      return YearMonth.parse(text == null ? "" : text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("figures.month", text == null ? "" : text);
    }
  }

  /** The Dutch month a moment falls in. */
  public static YearMonth monthOf(Instant instant) {
    return YearMonth.from(instant.atZone(AMSTERDAM));
  }
}
