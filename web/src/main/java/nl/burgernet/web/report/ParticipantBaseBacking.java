package nl.burgernet.web.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.burgernet.platform.boundary.MonthPeriod;
import nl.burgernet.report.boundary.ParticipantBase;
import nl.burgernet.report.boundary.ParticipantBase.Area;
import nl.burgernet.report.boundary.ParticipantBaseFigures;
import nl.burgernet.web.faces.Formats;
import nl.burgernet.web.faces.Messages;

/**
 * /portal/marap/deelnemers.xhtml: the participant base of a region, drilled down to a municipality
 * and a period by the page's GET parameters (regio, gemeente, van, tot), so every view is a link
 * that can be shared or bookmarked. The default is the caller's first region over the last twelve
 * months.
 */
@Named("participantBase")
@RequestScoped
public class ParticipantBaseBacking {

  static final int DEFAULT_MONTHS = 12;

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMM yyyy", Formats.DUTCH);

  @Inject private ParticipantBaseFigures figures;

  @Inject private Clock clock;

  @Inject private FacesContext faces;

  private Long regionId;
  private Long municipalityId;
  private String from;
  private String to;

  private List<Area> regions = List.of();
  private List<Area> municipalities = List.of();
  private ParticipantBase base;

  /** View action: reads the parameters and the figures, or shows why it cannot. */
  public void load() {
    regions = figures.regions();
    if (regionId == null && !regions.isEmpty()) {
      regionId = regions.get(0).id();
    }
    if (regionId == null) {
      return;
    }
    // a period or id that is not right shows its message (BusinessExceptionHandler), or 404
    municipalities = figures.municipalities(regionId);
    base = figures.of(regionId, municipalityId, period());
  }

  private MonthPeriod period() {
    YearMonth now = MonthPeriod.monthOf(clock.instant());
    YearMonth until = month(to, now);
    YearMonth since = month(from, until.minusMonths(DEFAULT_MONTHS - 1L));
    to = until.toString();
    from = since.toString();
    return new MonthPeriod(since, until);
  }

  private static YearMonth month(String text, YearMonth otherwise) {
    return text == null || text.isBlank() ? otherwise : MonthPeriod.parseMonth(text);
  }

  /** The months of the period as a Chart.js bar chart: new, unsubscribed, net growth. */
  public String getMonthChart() {
    return MonthChart.of(base.months(), Messages.bundle(faces), this::month);
  }

  /** E.g. "nov 2026". */
  public String month(YearMonth month) {
    return MONTH.format(month);
  }

  public ParticipantBase getBase() {
    return base;
  }

  public List<Area> getRegions() {
    return regions;
  }

  public List<Area> getMunicipalities() {
    return municipalities;
  }

  public Long getRegionId() {
    return regionId;
  }

  public void setRegionId(Long regionId) {
    this.regionId = regionId;
  }

  public Long getMunicipalityId() {
    return municipalityId;
  }

  public void setMunicipalityId(Long municipalityId) {
    this.municipalityId = municipalityId;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
