package nl.burgernet.helpdesk.boundary;

import java.time.YearMonth;
import java.util.Map;
import nl.burgernet.helpdesk.entity.ComplaintCategory;

/**
 * The helpdesk in one month (Dutch time) for the management report: tickets received at each line,
 * how many the first line escalated, how many were answered and how many of those in time, the
 * average hours from receipt to answer, the complaints per category, and how many of the month's
 * tickets are overdue now at each line they wait at (see {@link
 * nl.burgernet.helpdesk.entity.TicketStatus#isOverdue}).
 */
public record MonthFigures(
    YearMonth month,
    long firstLine,
    long secondLine,
    long escalated,
    long answered,
    long answeredInTime,
    double averageHoursToAnswer,
    Map<ComplaintCategory, Long> complaints,
    long overdueFirstLine,
    long overdueSecondLine) {

  public long received() {
    return firstLine + secondLine;
  }

  public long overdue() {
    return overdueFirstLine + overdueSecondLine;
  }

  public long complaintsOf(ComplaintCategory category) {
    return complaints.getOrDefault(category, 0L);
  }
}
