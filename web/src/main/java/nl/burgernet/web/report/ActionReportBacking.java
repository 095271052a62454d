package nl.burgernet.web.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.burgernet.report.boundary.ActionReport;
import nl.burgernet.report.boundary.ActionReports;
import nl.burgernet.report.entity.ActionTally;
import nl.burgernet.web.faces.Formats;
import nl.burgernet.web.faces.Messages;

/** /portal/marap/acties.xhtml: the actions of what {@link MarapFilter} chose. */
@Named("actionReport")
@RequestScoped
public class ActionReportBacking {

  @Inject private ActionReports reports;

  @Inject private MarapFilter filter;

  @Inject private FacesContext faces;

  private ActionReport report;

  /** View action; a period or id that is not right shows its message, or 404. */
  public void load() {
    filter
        .region()
        .ifPresent(
            region -> report = reports.of(region, filter.getMunicipalityId(), filter.period()));
  }

  /** Actions and hard successes per month, with the hard success percentage as a line. */
  public String getMonthChart() {
    List<ActionReport.Month> months = report.months();
    return MonthChart.of(
        months.stream().map(month -> filter.month(month.month())).toList(),
        List.of(
            new MonthChart.Series(
                "bar",
                Messages.text(faces, "marap.actions.actions"),
                "#154273",
                months.stream().map(month -> month.tally().actions()).toList()),
            new MonthChart.Series(
                "bar",
                Messages.text(faces, "marap.actions.hard"),
                "#39870c",
                months.stream().map(month -> hard(month.tally())).toList())));
  }

  private static long hard(ActionTally tally) {
    return tally.rates().hard();
  }

  /** Seconds to one decimal, or a dash when no first message went out. */
  public String seconds(ActionTally tally) {
    return tally.averageSecondsToFirstMessage().stream()
        .mapToObj(seconds -> String.format(Formats.DUTCH, "%.1f s", seconds))
        .findFirst()
        .orElse("–");
  }

  /**
   * The query of /portal/marap/actielijst.xhtml for the actions a row of a table counts: a month's,
   * or a kind's or domain's of the whole period.
   */
  public String listQuery(Object row) {
    if (row instanceof ActionReport.Month month) {
      return filter.viewQuery(month.month());
    }
    if (row instanceof ActionReport.Kind kind) {
      return filter.getViewQuery() + "&soort=" + kind.kind();
    }
    return filter.getViewQuery() + "&domein=" + ((ActionReport.Domain) row).domain();
  }

  /** What names a row in ids: the month (yyyy-MM), kind or domain. */
  public String key(Object row) {
    if (row instanceof ActionReport.Month month) {
      return month.month().toString();
    }
    if (row instanceof ActionReport.Kind kind) {
      return kind.kind().name();
    }
    return ((ActionReport.Domain) row).domain().name();
  }

  public ActionReport getReport() {
    return report;
  }
}
