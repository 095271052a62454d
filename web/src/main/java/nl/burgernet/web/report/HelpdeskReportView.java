package nl.burgernet.web.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.burgernet.helpdesk.boundary.MonthFigures;
import nl.burgernet.helpdesk.entity.ComplaintCategory;
import nl.burgernet.report.boundary.HelpdeskReport;

/** The MARAP helpdesk figures as the API shows them; the same figures as the page. */
public record HelpdeskReportView(
    String region,
    String municipality,
    long received,
    long escalated,
    long answered,
    long answeredInTime,
    long overdue,
    List<Month> months)
    implements MarapFigureSet {

  /**
   * One month (yyyy-MM): tickets taken at each line, escalated, answered (in time), the average
   * hours from receipt to answer, the complaints per category (every category, also at 0), and the
   * month's tickets that wait past their due date now at each line.
   */
  public record Month(
      String month,
      long firstLine,
      long secondLine,
      long received,
      long escalated,
      long answered,
      long answeredInTime,
      double averageHoursToAnswer,
      Map<String, Long> complaints,
      long overdueFirstLine,
      long overdueSecondLine) {

    static Month of(MonthFigures figures) {
      Map<String, Long> complaints = new LinkedHashMap<>();
      for (ComplaintCategory category : ComplaintCategory.values()) {
        complaints.put(category.name(), figures.complaintsOf(category));
      }
      return new Month(
          figures.month().toString(),
          figures.firstLine(),
          figures.secondLine(),
          figures.received(),
          figures.escalated(),
          figures.answered(),
          figures.answeredInTime(),
          figures.averageHoursToAnswer(),
          complaints,
          figures.overdueFirstLine(),
          figures.overdueSecondLine());
    }
  }

  @Override
  public CsvTable csv() {
    CsvTable.Figures figures =
        CsvTable.figures()
            .add("summary", area(), "received", received)
            .add("summary", area(), "escalated", escalated)
            .add("summary", area(), "answered", answered)
            .add("summary", area(), "answeredInTime", answeredInTime)
            .add("summary", area(), "overdue", overdue);
    for (Month month : months) {
      figures
          .add("months", month.month(), "firstLine", month.firstLine())
          .add("months", month.month(), "secondLine", month.secondLine())
          .add("months", month.month(), "received", month.received())
          .add("months", month.month(), "escalated", month.escalated())
          .add("months", month.month(), "answered", month.answered())
          .add("months", month.month(), "answeredInTime", month.answeredInTime())
          .add("months", month.month(), "averageHoursToAnswer", month.averageHoursToAnswer())
          .add("months", month.month(), "overdueFirstLine", month.overdueFirstLine())
          .add("months", month.month(), "overdueSecondLine", month.overdueSecondLine());
      month
          .complaints()
          .forEach(
              (category, count) ->
                  figures.add("months", month.month(), "complaints." + category, count));
    }
    return figures.table();
  }

  static HelpdeskReportView of(HelpdeskReport report) {
    return new HelpdeskReportView(
        report.region().name(),
        report.municipality().map(area -> area.name()).orElse(null),
        report.received(),
        report.escalated(),
        report.answered(),
        report.answeredInTime(),
        report.overdue(),
        report.months().stream().map(Month::of).toList());
  }
}
