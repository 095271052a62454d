package nl.burgernet.web.report;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.platform.boundary.MonthPeriod;

/**
 * The query parameters every MARAP resource takes, as its {@code @BeanParam}: region (required),
 * municipality (optional) and the months from and to (yyyy-MM). A bad one is a problem response
 * with a Dutch text once the resource reads it.
 */
public class MarapQuery {

  /** The 400 answer of a resource over a period, as its OpenAPI description says it. */
  static final String BAD_PERIOD = "A month that is not yyyy-MM, or a period over 36 months";

  /** The 404 answer of every MARAP resource, as its OpenAPI description says it. */
  static final String NOT_VISIBLE = "Unknown, or outside the caller's scope";

  @QueryParam("region")
  private Long region;

  @QueryParam("municipality")
  private Long municipality;

  @QueryParam("from")
  private String from;

  @QueryParam("to")
  private String to;

  long region() {
    return region(region);
  }

  Long municipality() {
    return municipality;
  }

  MonthPeriod period() {
    return new MonthPeriod(MonthPeriod.parseMonth(from), MonthPeriod.parseMonth(to));
  }

  /** The figures as a CSV file to download, named after them, e.g. marap-acties-utrecht-…csv. */
  Response csv(String prefix, MarapFigureSet figures) {
    return figures.csv().download(fileName(prefix, figures.area(), period()));
  }

  /**
   * A file name without extension for figures of an area and period, e.g.
   * marap-deelnemers-utrecht-2026-01-2026-03.
   *
   * @param prefix e.g. "marap-deelnemers"
   * @param area the region's or the municipality's name
   */
  static String fileName(String prefix, String area, MonthPeriod period) {
    return prefix + "-" + slug(area) + "-" + period.from() + "-" + period.to();
  }

  /** A name as a part of a file name: "Súdwest-Fryslân" becomes "s-dwest-frysl-n". */
  static String slug(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  /** The region, which every MARAP resource needs, also those without a period. */
  static long region(Long region) {
    if (region == null) {
      throw new InvalidInputException("marap.regionRequired");
    }
    return region;
  }
}
