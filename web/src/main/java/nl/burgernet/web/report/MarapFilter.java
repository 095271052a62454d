package nl.burgernet.web.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import nl.burgernet.platform.boundary.MonthPeriod;
import nl.burgernet.report.boundary.ParticipantBase.Area;
import nl.burgernet.report.boundary.ParticipantBaseFigures;
import nl.burgernet.web.faces.AreaPeriodParameters;
import nl.burgernet.web.faces.Formats;

/**
 * What a MARAP page shows, from its GET parameters (regio, gemeente, van, tot), so that every view
 * is a link that can be shared or bookmarked: the caller's first region and the last twelve months
 * unless chosen otherwise. Used by WEB-INF/includes/marap-filter.xhtml.
 */
@Named("marapFilter")
@RequestScoped
public class MarapFilter extends AreaPeriodParameters {

  static final int DEFAULT_MONTHS = 12;

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMM yyyy", Formats.DUTCH);

  @Inject private ParticipantBaseFigures figures;

  @Inject private Clock clock;

  private List<Area> regions;
  private List<Area> municipalities;

  /** The region chosen or the caller's first; empty when the caller sees no region. */
  public Optional<Long> region() {
    if (regionId == null && !getRegions().isEmpty()) {
      regionId = getRegions().get(0).id();
    }
    return Optional.ofNullable(regionId);
  }

  /** The months chosen; a month that is not one is refused with a message. */
  public MonthPeriod period() {
    YearMonth now = MonthPeriod.monthOf(clock.instant());
    YearMonth until = month(to, now);
    YearMonth since = month(from, until.minusMonths(DEFAULT_MONTHS - 1L));
    MonthPeriod period = new MonthPeriod(since, until);
    to = until.toString();
    from = since.toString();
    return period;
  }

  private static YearMonth month(String text, YearMonth otherwise) {
    return text == null || text.isBlank() ? otherwise : MonthPeriod.parseMonth(text);
  }

  /** The API's query string of what is shown, e.g. region=2&from=2025-12&to=2026-11. */
  public String getApiQuery() {
    return "region="
        + regionId
        + (municipalityId == null ? "" : "&municipality=" + municipalityId)
        + "&from="
        + from
        + "&to="
        + to;
  }

  /** The portal's query string of what is shown, e.g. regio=2&van=2025-12&tot=2026-11. */
  public String getViewQuery() {
    return viewQuery(from, to);
  }

  /** The same for one month of it, e.g. regio=2&van=2026-03&tot=2026-03. */
  public String viewQuery(YearMonth month) {
    return viewQuery(month.toString(), month.toString());
  }

  private String viewQuery(String since, String until) {
    return "regio="
        + regionId
        + (municipalityId == null ? "" : "&gemeente=" + municipalityId)
        + "&van="
        + since
        + "&tot="
        + until;
  }

  /** E.g. "nov 2026". */
  public String month(YearMonth month) {
    return MONTH.format(month);
  }

  public List<Area> getRegions() {
    if (regions == null) {
      regions = figures.regions();
    }
    return regions;
  }

  public List<Area> getMunicipalities() {
    if (municipalities == null) {
      municipalities = region().map(figures::municipalities).orElse(List.of());
    }
    return municipalities;
  }
}
