package nl.burgernet.web.helpdesk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.burgernet.helpdesk.boundary.HelpdeskFigures;
import nl.burgernet.helpdesk.boundary.MonthFigures;
import nl.burgernet.helpdesk.boundary.TicketCounts;
import nl.burgernet.helpdesk.boundary.Tickets;
import nl.burgernet.helpdesk.entity.ComplaintCategory;
import nl.burgernet.web.faces.Formats;

/**
 * The helpdesk's landing page: open and overdue tickets, and the complaint trend of the last six
 * months (the figures the management report reuses).
 */
@Named("helpdeskLanding")
@RequestScoped
public class HelpdeskLandingBacking {

  static final int TREND_MONTHS = 6;

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMM yyyy", Formats.DUTCH);

  @Inject private Tickets tickets;

  @Inject private HelpdeskFigures figures;

  @Inject private Clock clock;

  private TicketCounts counts;

  private List<MonthFigures> months;

  public TicketCounts getCounts() {
    if (counts == null) {
      counts = tickets.counts();
    }
    return counts;
  }

  public List<MonthFigures> getMonths() {
    if (months == null) {
      YearMonth now = YearMonth.from(clock.instant().atZone(Formats.AMSTERDAM));
      months = figures.months(now.minusMonths(TREND_MONTHS - 1L), now);
    }
    return months;
  }

  public List<ComplaintCategory> getCategories() {
    return List.of(ComplaintCategory.values());
  }

  public String month(MonthFigures figures) {
    return MONTH.format(figures.month());
  }
}
