package nl.burgernet.report.boundary;

import java.util.List;
import java.util.Optional;
import nl.burgernet.helpdesk.boundary.MonthFigures;
import nl.burgernet.helpdesk.entity.ComplaintCategory;
import nl.burgernet.report.boundary.ParticipantBase.Area;

/** The MARAP page "Helpdesk": the helpdesk's months of a region or one of its municipalities. */
public record HelpdeskReport(Area region, Optional<Area> municipality, List<MonthFigures> months) {

  public long received() {
    return months.stream().mapToLong(MonthFigures::received).sum();
  }

  public long escalated() {
    return months.stream().mapToLong(MonthFigures::escalated).sum();
  }

  public long answered() {
    return months.stream().mapToLong(MonthFigures::answered).sum();
  }

  public long answeredInTime() {
    return months.stream().mapToLong(MonthFigures::answeredInTime).sum();
  }

  /** The tickets received in the period that wait past their due date now, at either line. */
  public long overdue() {
    return months.stream().mapToLong(MonthFigures::overdue).sum();
  }

  /** The complaints of the category in the whole period. */
  public long complaintsOf(ComplaintCategory category) {
    return months.stream().mapToLong(month -> month.complaintsOf(category)).sum();
  }
}
