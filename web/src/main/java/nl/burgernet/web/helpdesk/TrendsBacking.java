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
import nl.burgernet.helpdesk.entity.ComplaintCategory;
import nl.burgernet.participant.boundary.ReasonMonth;
import nl.burgernet.participant.boundary.UnsubscriptionFigures;
import nl.burgernet.participant.entity.UnsubscribeReason;
import nl.burgernet.platform.boundary.MonthPeriod;
import nl.burgernet.web.faces.Formats;

/**
 * /portal/helpdesk/trends.xhtml and the helpdesk's landing page: complaints per category and
 * unsubscription reasons per month over the last six months, within the caller's scope (the same
 * figures the management report uses).
 */
@Named("trends")
@RequestScoped
public class TrendsBacking {

  static final int MONTHS = 6;

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMM yyyy", Formats.DUTCH);

  @Inject private HelpdeskFigures helpdeskFigures;

  @Inject private UnsubscriptionFigures unsubscriptionFigures;

  @Inject private Clock clock;

  private List<MonthFigures> helpdesk;

  private List<ReasonMonth> unsubscriptions;

  public List<MonthFigures> getHelpdesk() {
    if (helpdesk == null) {
      helpdesk = helpdeskFigures.months(period());
    }
    return helpdesk;
  }

  public List<ReasonMonth> getUnsubscriptions() {
    if (unsubscriptions == null) {
      unsubscriptions = unsubscriptionFigures.months(period());
    }
    return unsubscriptions;
  }

  public List<ComplaintCategory> getCategories() {
    return List.of(ComplaintCategory.values());
  }

  public List<UnsubscribeReason> getReasons() {
    return List.of(UnsubscribeReason.values());
  }

  /** E.g. "nov 2026". */
  public String month(YearMonth month) {
    return MONTH.format(month);
  }

  private MonthPeriod period() {
    YearMonth now = MonthPeriod.monthOf(clock.instant());
    return new MonthPeriod(now.minusMonths(MONTHS - 1L), now);
  }
}
