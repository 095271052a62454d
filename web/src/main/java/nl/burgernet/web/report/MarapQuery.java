package nl.burgernet.web.report;

import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.platform.boundary.MonthPeriod;

/**
 * The query parameters every MARAP resource takes: region (required), municipality (optional) and
 * the months from and to (yyyy-MM); a bad one is a problem response with a Dutch text.
 */
record MarapQuery(long region, Long municipality, MonthPeriod period) {

  static MarapQuery of(Long region, Long municipality, String from, String to) {
    return new MarapQuery(
        region(region),
        municipality,
        new MonthPeriod(MonthPeriod.parseMonth(from), MonthPeriod.parseMonth(to)));
  }

  /** The region, which every MARAP resource needs, also those without a period. */
  static long region(Long region) {
    if (region == null) {
      throw new InvalidInputException("marap.regionRequired");
    }
    return region;
  }
}
