package nl.burgernet.web.report;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import nl.burgernet.platform.boundary.MonthPeriod;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters every MARAP resource takes (as a bean parameter, so each figure set's JSON
 * and CSV methods declare them once): region (required), municipality (optional), the months from
 * and to (yyyy-MM).
 */
public class MarapParameters {

  @QueryParam("region")
  @Parameter(description = "The region's id (required)")
  private Long region;

  @QueryParam("municipality")
  @Parameter(description = "One of the region's municipalities, to drill down")
  private Long municipality;

  @QueryParam("from")
  @Parameter(description = "First month, yyyy-MM")
  private String from;

  @QueryParam("to")
  @Parameter(description = "Last month, yyyy-MM")
  private String to;

  MarapQuery query() {
    return MarapQuery.of(region, municipality, from, to);
  }

  /** The figures as a CSV file to download, named after them, e.g. marap-acties-utrecht-…csv. */
  Response csv(String prefix, MarapFigureSet figures) {
    return figures.csv().download(fileName(prefix, figures.area(), query().period()));
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
}
